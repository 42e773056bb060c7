use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, mpsc};
use std::thread;

/// Settings for an ordered parallel run.
#[derive(Debug, Clone, Copy)]
pub struct Batch {
    /// Worker threads; 0 means all cores.
    pub jobs: usize,
    /// How many items are in flight at once; bounds memory whatever the
    /// corpus size.
    pub window: usize,
}

impl Default for Batch {
    fn default() -> Self {
        Batch {
            jobs: 0,
            window: 256,
        }
    }
}

/// Runs `work` over `items` on `batch.jobs` threads and hands each result to
/// `sink` in input order.
///
/// The calling thread reads items and feeds them to the workers as a
/// stream, and writes results as soon as every earlier one is written; the
/// workers never wait for a window to finish, so a long document holds up no
/// one but the writer. At most `batch.window` items are between being read
/// and being written, whatever the corpus size, and the output is the same for
/// any number of threads.
///
/// With `jobs == 1` everything runs on the calling thread, a few items
/// (at most 16) at a time.
///
/// `sink` returning an error stops the run and returns that error. A panic in
/// `work` is a bug: it stops the run and is carried to the caller as is.
pub fn run_ordered<I, R, E, W, S>(batch: Batch, items: I, work: W, sink: S) -> Result<(), E>
where
    I: IntoIterator,
    I::Item: Send,
    R: Send,
    W: Fn(I::Item) -> R + Sync,
    S: FnMut(R) -> Result<(), E>,
{
    run_ordered_batches(
        batch,
        items,
        |items: Vec<I::Item>| items.into_iter().map(&work).collect(),
        sink,
    )
}

/// Like [`run_ordered`], but `work` takes the items a worker is handed at
/// once, at most 16, and returns one result for each, in order:
/// for work that is faster done phase by phase over several items than
/// item by item. With `jobs == 1` the calling thread takes the items in
/// batches as well.
///
/// `work` returning a different number of results than it was given items
/// is a bug in the caller, carried to the caller as a panic like any other
/// in `work`.
pub fn run_ordered_batches<I, R, E, W, S>(
    batch: Batch,
    items: I,
    work: W,
    mut sink: S,
) -> Result<(), E>
where
    I: IntoIterator,
    I::Item: Send,
    R: Send,
    W: Fn(Vec<I::Item>) -> Vec<R> + Sync,
    S: FnMut(R) -> Result<(), E>,
{
    let window = batch.window.max(1);
    let mut iter = items.into_iter();
    let work_on = |items: Vec<I::Item>| checked(&work, items);
    let pool = pool_for(batch.jobs);
    let Some(pool) = pool else {
        // One job means one thread, as a Spark executor running one task
        // per core expects: no pool, no overlap. A pool that cannot be had
        // (no threads) does the same rather than fail.
        let chunk = (window / 4).clamp(1, 16);
        loop {
            let items: Vec<I::Item> = iter.by_ref().take(chunk).collect();
            if items.is_empty() {
                return Ok(());
            }
            match work_on(items) {
                Ok(results) => results.into_iter().try_for_each(&mut sink)?,
                Err(payload) => panic::resume_unwind(payload),
            }
        }
    };
    let workers = pool.current_num_threads().max(1);
    // Items travel in small batches: one hand-over per document costs more
    // in wake-ups than short documents take to process. Batches stay small
    // against the window so every worker has work until the end.
    let chunk = (window / (4 * workers)).clamp(1, 16);
    // Set when the caller stops early (a sink error, a panic), so that the
    // workers drop what is queued instead of working through it.
    let stop = AtomicBool::new(false);
    let (todo_tx, todo_rx) = mpsc::channel::<(u64, Vec<I::Item>)>();
    let todo_rx = Mutex::new(todo_rx);
    let (done_tx, done_rx) = mpsc::channel::<(u64, thread::Result<Vec<R>>)>();
    let (todo_rx, work_on, stop) = (&todo_rx, &work_on, &stop);
    pool.in_place_scope(|scope| {
        for _ in 0..workers {
            let done_tx = done_tx.clone();
            scope.spawn(move |_| {
                worker_loop(todo_rx, stop, work_on, |first, results| {
                    done_tx.send((first, results)).is_ok()
                })
            });
        }
        drop(done_tx);
        // Owned by this loop: however it ends, the queue closes and idle
        // workers return.
        let todo_tx = todo_tx;
        let _stop_on_exit = StopOnDrop(stop);
        let (mut read, mut written) = (0u64, 0u64);
        let mut exhausted = false;
        let mut batch: Vec<I::Item> = Vec::with_capacity(chunk);
        // Results that arrived before an earlier one, by sequence number.
        let mut ready: BTreeMap<u64, R> = BTreeMap::new();
        loop {
            while !exhausted && read - written < window as u64 {
                match iter.next() {
                    Some(item) => {
                        batch.push(item);
                        read += 1;
                        if batch.len() == chunk {
                            let first = read - batch.len() as u64;
                            if todo_tx.send((first, std::mem::take(&mut batch))).is_err() {
                                exhausted = true;
                            }
                        }
                    }
                    None => exhausted = true,
                }
            }
            // The window is full or the input is done: send what is read.
            if !batch.is_empty() {
                let first = read - batch.len() as u64;
                if todo_tx.send((first, std::mem::take(&mut batch))).is_err() {
                    exhausted = true;
                }
            }
            if written == read {
                return Ok(());
            }
            let Ok((first, results)) = done_rx.recv() else {
                // Every worker is gone with results missing: only a dead
                // pool does that.
                return Ok(());
            };
            match results {
                Ok(results) => {
                    for (seq, r) in (first..).zip(results) {
                        ready.insert(seq, r);
                    }
                }
                Err(payload) => {
                    drop(todo_tx);
                    panic::resume_unwind(payload);
                }
            }
            while let Some(r) = ready.remove(&written) {
                written += 1;
                sink(r)?;
            }
        }
    })
}

/// Runs `work` on one batch, catching a panic and checking that it kept
/// count.
/// The pool of `jobs` workers; none for one job (the calling thread works
/// alone) or when the threads cannot be had.
fn pool_for(jobs: usize) -> Option<rayon::ThreadPool> {
    if jobs == 1 {
        return None;
    }
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .ok()
}

/// A worker's loop: it takes the next batch from `todo` (holding the lock
/// only to take it), works on it and hands the results to `done`, until
/// the queue closes, the caller stops, or `done` refuses them.
fn worker_loop<T, R>(
    todo: &Mutex<mpsc::Receiver<(u64, Vec<T>)>>,
    stop: &AtomicBool,
    work_on: impl Fn(Vec<T>) -> thread::Result<Vec<R>>,
    done: impl Fn(u64, thread::Result<Vec<R>>) -> bool,
) {
    loop {
        let next = match todo.lock() {
            Ok(rx) => rx.recv(),
            Err(poisoned) => poisoned.into_inner().recv(),
        };
        let Ok((first, items)) = next else { break };
        if stop.load(Ordering::Relaxed) || !done(first, work_on(items)) {
            break;
        }
    }
}

fn checked<T, R>(work: &impl Fn(Vec<T>) -> Vec<R>, items: Vec<T>) -> thread::Result<Vec<R>> {
    let n = items.len();
    let results = panic::catch_unwind(AssertUnwindSafe(|| work(items)))?;
    if results.len() == n {
        Ok(results)
    } else {
        let msg = format!(
            "batch work returned {} results for {n} items",
            results.len()
        );
        Err(Box::new(msg))
    }
}

/// What the writing loop of [`run_ordered_batches_live`] hears about: an
/// item read, the end of the input, a batch done, or a panic in the reader.
enum Event<T, R> {
    Item(T),
    End,
    Done(u64, thread::Result<Vec<R>>),
    ReaderPanicked(Box<dyn std::any::Any + Send>),
}

/// Like [`run_ordered_batches`], for input that may pause between items:
/// a pipe, a terminal, a socket (JSON Lines arriving on standard input one
/// record a second). A reader thread takes items from `items` while the
/// calling thread hands them to the workers and writes results, so that
/// every finished item is written while the reader waits for the next:
/// when no read item is waiting and a worker would otherwise idle, the
/// items read so far go out as a batch of their own, where
/// [`run_ordered_batches`] waits for a full batch or the end of the input.
/// Input that keeps coming still travels in full batches. At most
/// `batch.window` items are between read and written, and the output is
/// the same as [`run_ordered_batches`] gives.
///
/// With `jobs == 1` the work is done on the calling thread, as there; the
/// reader thread only reads (and mostly waits).
///
/// The reader thread is not joined when the run stops early (a sink
/// error, a panic): it may be blocked on a read that never returns, and
/// ends when that read does.
pub fn run_ordered_batches_live<I, R, E, W, S>(
    batch: Batch,
    items: I,
    work: W,
    mut sink: S,
) -> Result<(), E>
where
    I: IntoIterator,
    I::IntoIter: Send + 'static,
    I::Item: Send + 'static,
    R: Send + 'static,
    W: Fn(Vec<I::Item>) -> Vec<R> + Sync,
    S: FnMut(R) -> Result<(), E>,
{
    let window = batch.window.max(1);
    let work_on = |items: Vec<I::Item>| checked(&work, items);
    let (event_tx, events) = mpsc::channel::<Event<I::Item, R>>();
    // One credit per item that may be read before an earlier one is
    // written: the window, or on one thread two batches, which is all it
    // can use; reading further ahead only lets the documents go cold.
    let ahead = if batch.jobs == 1 {
        window.min(2 * (window / 4).clamp(1, 16))
    } else {
        window
    };
    let (credit_tx, credits) = mpsc::sync_channel::<()>(ahead);
    for _ in 0..ahead {
        let _ = credit_tx.try_send(());
    }
    let reader_tx = event_tx.clone();
    let mut iter = items.into_iter();
    thread::spawn(move || {
        let read = panic::catch_unwind(AssertUnwindSafe(|| {
            while credits.recv().is_ok() {
                let event = match iter.next() {
                    Some(item) => Event::Item(item),
                    None => Event::End,
                };
                let end = matches!(event, Event::End);
                if reader_tx.send(event).is_err() || end {
                    break;
                }
            }
        }));
        if let Err(payload) = read {
            let _ = reader_tx.send(Event::ReaderPanicked(payload));
        }
    });
    let pool = pool_for(batch.jobs);
    let Some(pool) = pool else {
        drop(event_tx);
        let chunk = (window / 4).clamp(1, 16);
        let mut ended = false;
        let mut items: Vec<I::Item> = Vec::with_capacity(chunk);
        let take =
            |event: Event<I::Item, R>, items: &mut Vec<I::Item>, ended: &mut bool| match event {
                Event::Item(item) => items.push(item),
                Event::End => *ended = true,
                Event::ReaderPanicked(payload) => panic::resume_unwind(payload),
                // Nothing else sends here.
                Event::Done(..) => {}
            };
        loop {
            // Wait for input only with nothing to do.
            if items.is_empty() && !ended {
                match events.recv() {
                    Ok(event) => take(event, &mut items, &mut ended),
                    Err(_) => ended = true,
                }
            }
            // Then whatever else has arrived, up to a batch.
            while items.len() < chunk && !ended {
                match events.try_recv() {
                    Ok(event) => take(event, &mut items, &mut ended),
                    Err(mpsc::TryRecvError::Empty) => break,
                    Err(mpsc::TryRecvError::Disconnected) => ended = true,
                }
            }
            if items.is_empty() {
                if ended {
                    return Ok(());
                }
                continue;
            }
            let n = items.len();
            match work_on(std::mem::replace(&mut items, Vec::with_capacity(chunk))) {
                Ok(results) => results.into_iter().try_for_each(&mut sink)?,
                Err(payload) => panic::resume_unwind(payload),
            }
            for _ in 0..n {
                let _ = credit_tx.try_send(());
            }
        }
    };
    let workers = pool.current_num_threads().max(1);
    let chunk = (window / (4 * workers)).clamp(1, 16);
    let stop = AtomicBool::new(false);
    let (todo_tx, todo_rx) = mpsc::channel::<(u64, Vec<I::Item>)>();
    let todo_rx = Mutex::new(todo_rx);
    let (todo_rx, work_on, stop) = (&todo_rx, &work_on, &stop);
    pool.in_place_scope(|scope| {
        for _ in 0..workers {
            let done_tx = event_tx.clone();
            scope.spawn(move |_| {
                worker_loop(todo_rx, stop, work_on, |first, results| {
                    done_tx.send(Event::Done(first, results)).is_ok()
                })
            });
        }
        drop(event_tx);
        let todo_tx = todo_tx;
        let _stop_on_exit = StopOnDrop(stop);
        let (mut read, mut written) = (0u64, 0u64);
        let mut ended = false;
        // Batches handed to the workers and not yet back.
        let mut out = 0usize;
        let mut batch: Vec<I::Item> = Vec::with_capacity(chunk);
        let mut ready: BTreeMap<u64, R> = BTreeMap::new();
        let send = |batch: &mut Vec<I::Item>, read: u64, out: &mut usize| {
            let first = read - batch.len() as u64;
            let items = std::mem::replace(batch, Vec::with_capacity(chunk));
            // The workers only go away with the scope.
            let _ = todo_tx.send((first, items));
            *out += 1;
        };
        loop {
            if ended && written == read {
                return Ok(());
            }
            // Block for the next event, then take all that are waiting.
            let Ok(first_event) = events.recv() else {
                // Every worker and the reader are gone with results
                // missing: only a dead pool does that.
                return Ok(());
            };
            let mut event = Some(first_event);
            while let Some(e) = event.take() {
                match e {
                    Event::Item(item) => {
                        batch.push(item);
                        read += 1;
                        if batch.len() == chunk {
                            send(&mut batch, read, &mut out);
                        }
                    }
                    Event::End => ended = true,
                    Event::Done(first, Ok(results)) => {
                        out -= 1;
                        for (seq, r) in (first..).zip(results) {
                            ready.insert(seq, r);
                        }
                    }
                    Event::Done(_, Err(payload)) | Event::ReaderPanicked(payload) => {
                        panic::resume_unwind(payload)
                    }
                }
                event = events.try_recv().ok();
            }
            // Nothing more is waiting: what is read goes out now if the
            // input ended or a worker would idle, rather than wait for a
            // full batch that may be long in coming.
            if !batch.is_empty() && (ended || out < workers) {
                send(&mut batch, read, &mut out);
            }
            while let Some(r) = ready.remove(&written) {
                written += 1;
                sink(r)?;
                let _ = credit_tx.try_send(());
            }
        }
    })
}

/// Tells the workers to stop when the writing loop ends, however it ends.
struct StopOnDrop<'a>(&'a AtomicBool);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_kept_for_any_thread_count() {
        for jobs in [1, 2, 4] {
            let mut out = Vec::new();
            run_ordered(
                Batch { jobs, window: 7 },
                0..100u32,
                |x| x * 2,
                |r| {
                    out.push(r);
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
            assert_eq!(out, (0..100).map(|x| x * 2).collect::<Vec<_>>());
        }
    }

    #[test]
    fn sink_error_stops() {
        let mut seen = 0;
        let r = run_ordered(
            Batch::default(),
            0..10,
            |x| x,
            |x| {
                seen += 1;
                if x == 3 { Err("stop") } else { Ok(()) }
            },
        );
        assert_eq!(r, Err("stop"));
        assert_eq!(seen, 4);
    }

    #[test]
    fn slow_items_do_not_reorder_the_output() {
        // Early items take longest, so later results arrive first.
        let mut out = Vec::new();
        run_ordered(
            Batch { jobs: 3, window: 5 },
            0..40u64,
            |x| {
                std::thread::sleep(std::time::Duration::from_millis((40 - x) % 7));
                x
            },
            |r| {
                out.push(r);
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert_eq!(out, (0..40).collect::<Vec<_>>());
    }

    #[test]
    fn no_more_than_a_window_is_in_flight() {
        use std::sync::atomic::AtomicUsize;
        let read = AtomicUsize::new(0);
        let mut most = 0;
        let mut written = 0;
        let items = (0..200usize).inspect(|_| {
            read.fetch_add(1, Ordering::SeqCst);
        });
        run_ordered(
            Batch { jobs: 2, window: 8 },
            items,
            |x| x,
            |_| {
                written += 1;
                most = most.max(read.load(Ordering::SeqCst) - (written - 1));
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert_eq!(written, 200);
        assert!(most <= 8, "{most} items were read but not yet written");
    }

    #[test]
    fn a_sink_error_stops_the_workers_early() {
        use std::sync::atomic::AtomicUsize;
        let worked = AtomicUsize::new(0);
        let r = run_ordered(
            Batch {
                jobs: 2,
                window: 16,
            },
            0..10_000u32,
            |x| {
                worked.fetch_add(1, Ordering::SeqCst);
                x
            },
            |x| if x == 3 { Err("stop") } else { Ok(()) },
        );
        assert_eq!(r, Err("stop"));
        // Only what was in flight at the error may have been processed.
        assert!(worked.load(Ordering::SeqCst) <= 4 + 16);
    }

    #[test]
    #[should_panic(expected = "bug on 5")]
    fn a_panic_in_work_reaches_the_caller() {
        let _ = run_ordered(
            Batch { jobs: 2, window: 4 },
            0..20u32,
            |x| {
                if x == 5 {
                    panic!("bug on 5");
                }
                x
            },
            |_| Ok::<(), ()>(()),
        );
    }

    #[test]
    fn batches_keep_order_and_count_for_any_thread_count() {
        for jobs in [1, 2, 3] {
            let sizes = Mutex::new(Vec::new());
            let mut out = Vec::new();
            run_ordered_batches(
                Batch { jobs, window: 24 },
                0..101u32,
                |xs: Vec<u32>| {
                    sizes.lock().unwrap().push(xs.len());
                    xs.into_iter().map(|x| x + 1).collect()
                },
                |r| {
                    out.push(r);
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
            assert_eq!(out, (1..102).collect::<Vec<_>>());
            let sizes = sizes.into_inner().unwrap();
            assert_eq!(sizes.iter().sum::<usize>(), 101);
            // Several items per call: the point of batches.
            assert!(sizes.iter().any(|&n| n > 1), "jobs {jobs}: {sizes:?}");
        }
    }

    #[test]
    fn batch_work_that_loses_results_is_a_panic_not_a_hang() {
        // Batches of 8 items on two threads, of 2 on the calling thread.
        for (jobs, window) in [(2, 64), (1, 8)] {
            let run = std::panic::catch_unwind(|| {
                run_ordered_batches(
                    Batch { jobs, window },
                    0..20u32,
                    |xs: Vec<u32>| xs.into_iter().take(1).collect::<Vec<_>>(),
                    |_| Ok::<(), ()>(()),
                )
            });
            let payload = run.expect_err("a short batch must stop the run");
            let msg = payload
                .downcast_ref::<String>()
                .cloned()
                .unwrap_or_default();
            assert!(
                msg.contains("returned 1 results for"),
                "jobs {jobs}: {msg:?}"
            );
        }
    }

    /// Items from a channel, as from a pipe written slowly: each item is
    /// sent only once the result of the one before has been written,
    /// which [`run_ordered_batches`] would wait for a full batch for.
    #[test]
    fn live_input_is_written_while_the_reader_waits() {
        use std::time::Duration;
        for jobs in [1, 2, 3] {
            let (feed, items) = mpsc::channel::<u32>();
            let (wrote, written) = mpsc::channel::<u32>();
            let run = thread::spawn(move || {
                run_ordered_batches_live(
                    Batch { jobs, window: 64 },
                    items,
                    |xs: Vec<u32>| xs.into_iter().map(|x| x * 10).collect(),
                    |r| wrote.send(r).map_err(|_| ()),
                )
            });
            for i in 0..5 {
                feed.send(i).unwrap();
                let got = written.recv_timeout(Duration::from_secs(30));
                assert_eq!(got, Ok(i * 10), "jobs {jobs}: item {i} not written");
            }
            // A burst after the pauses: all of it, in order.
            for i in 5..100 {
                feed.send(i).unwrap();
            }
            drop(feed);
            assert_eq!(run.join().unwrap(), Ok(()));
            let rest: Vec<u32> = written.iter().collect();
            assert_eq!(rest, (5..100).map(|x| x * 10).collect::<Vec<_>>());
        }
    }

    #[test]
    fn live_runs_keep_order_count_and_window_with_full_batches() {
        use std::sync::Arc;
        use std::sync::atomic::AtomicUsize;
        for jobs in [1, 2, 3] {
            let read = Arc::new(AtomicUsize::new(0));
            let counter = read.clone();
            let items = (0..500u32).inspect(move |_| {
                counter.fetch_add(1, Ordering::SeqCst);
            });
            let sizes = Mutex::new(Vec::new());
            let (mut out, mut most) = (Vec::new(), 0);
            run_ordered_batches_live(
                Batch { jobs, window: 64 },
                items,
                |xs: Vec<u32>| {
                    sizes.lock().unwrap().push(xs.len());
                    // Work slower than reading, as extraction is.
                    thread::sleep(std::time::Duration::from_micros(100 * xs.len() as u64));
                    xs
                },
                |r| {
                    out.push(r);
                    most = most.max(read.load(Ordering::SeqCst) - (out.len() - 1));
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
            assert_eq!(out, (0..500).collect::<Vec<_>>(), "jobs {jobs}");
            assert!(most <= 64, "jobs {jobs}: {most} items read ahead");
            // Input that keeps coming goes in batches (of 16, 8, 5 here),
            // not one by one.
            let sizes = sizes.into_inner().unwrap();
            assert!(sizes.len() < 250, "jobs {jobs}: {sizes:?}");
        }
    }

    #[test]
    fn a_live_sink_error_or_panic_reaches_the_caller() {
        for jobs in [1, 2] {
            let mut seen = 0;
            let r = run_ordered_batches_live(
                Batch { jobs, window: 8 },
                0..1000u32,
                |xs: Vec<u32>| xs,
                |x| {
                    seen += 1;
                    if x == 3 { Err("stop") } else { Ok(()) }
                },
            );
            assert_eq!((r, seen), (Err("stop"), 4), "jobs {jobs}");
            let run = std::panic::catch_unwind(|| {
                run_ordered_batches_live(
                    Batch { jobs, window: 8 },
                    0..20u32,
                    |xs: Vec<u32>| {
                        assert!(!xs.contains(&5), "bug on 5");
                        xs
                    },
                    |_| Ok::<(), ()>(()),
                )
            });
            assert!(run.is_err(), "jobs {jobs}");
        }
    }

    #[test]
    #[should_panic(expected = "bug on 5")]
    fn a_panic_in_batch_work_on_one_thread_reaches_the_caller() {
        let _ = run_ordered_batches(
            Batch { jobs: 1, window: 8 },
            0..20u32,
            |xs: Vec<u32>| {
                if xs.contains(&5) {
                    panic!("bug on 5");
                }
                xs
            },
            |_| Ok::<(), ()>(()),
        );
    }
}
