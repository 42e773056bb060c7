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
    // Runs `work` on one batch, checking that it kept count.
    let work_on = |items: Vec<I::Item>| -> thread::Result<Vec<R>> {
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
    };
    let pool = if batch.jobs == 1 {
        None
    } else {
        rayon::ThreadPoolBuilder::new()
            .num_threads(batch.jobs)
            .build()
            .ok()
    };
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
                loop {
                    // The lock is held only to take the next batch.
                    let next = match todo_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(poisoned) => poisoned.into_inner().recv(),
                    };
                    let Ok((first, items)) = next else { break };
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    if done_tx.send((first, work_on(items))).is_err() {
                        break;
                    }
                }
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
