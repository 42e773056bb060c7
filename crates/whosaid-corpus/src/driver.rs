use rayon::prelude::*;

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
/// `sink` in input order. Items are taken a window at a time: while the
/// workers process one window, the calling thread writes the results of the
/// previous one and reads the next, so reading and writing overlap the work.
/// At most three windows are held in memory whatever the corpus size, and the
/// output is the same for any number of threads.
///
/// With `jobs == 1` everything runs on the calling thread, one item at a
/// time.
///
/// `sink` returning an error stops the run and returns that error.
pub fn run_ordered<I, R, E, W, S>(batch: Batch, items: I, work: W, mut sink: S) -> Result<(), E>
where
    I: IntoIterator,
    I::Item: Send,
    R: Send,
    W: Fn(I::Item) -> R + Sync,
    S: FnMut(R) -> Result<(), E>,
{
    let window = batch.window.max(1);
    let mut iter = items.into_iter();
    if batch.jobs == 1 {
        // One job means one thread, as a Spark executor running one task
        // per core expects: no pool, no overlap.
        return iter.try_for_each(|item| sink(work(item)));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(batch.jobs)
        .build()
        .ok();
    let process = |chunk: Vec<I::Item>| -> Vec<R> {
        let run = || chunk.into_par_iter().map(&work).collect::<Vec<R>>();
        match &pool {
            Some(p) => p.install(run),
            None => run(),
        }
    };
    let mut chunk: Vec<I::Item> = iter.by_ref().take(window).collect();
    let mut done: Vec<R> = Vec::new();
    while !chunk.is_empty() {
        let (results, next, sunk) = std::thread::scope(|scope| {
            let worker = scope.spawn(|| process(chunk));
            let sunk = done.drain(..).try_for_each(&mut sink);
            let next: Vec<I::Item> = if sunk.is_ok() {
                iter.by_ref().take(window).collect()
            } else {
                Vec::new()
            };
            let results = match worker.join() {
                Ok(r) => r,
                // A panic in `work` is a bug; carry it to the caller as is.
                Err(panic) => std::panic::resume_unwind(panic),
            };
            (results, next, sunk)
        });
        sunk?;
        done = results;
        chunk = next;
    }
    done.into_iter().try_for_each(&mut sink)
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
}
