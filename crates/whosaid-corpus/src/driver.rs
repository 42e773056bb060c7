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
/// `sink` in input order. Items are taken a window at a time, so at most
/// `batch.window` results are held in memory. The output is the same for any
/// number of threads.
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
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(batch.jobs)
        .build()
        .ok();
    let window = batch.window.max(1);
    let mut iter = items.into_iter();
    loop {
        let chunk: Vec<I::Item> = iter.by_ref().take(window).collect();
        if chunk.is_empty() {
            return Ok(());
        }
        let run = || chunk.into_par_iter().map(&work).collect::<Vec<R>>();
        let results = match &pool {
            Some(p) => p.install(run),
            None => run(),
        };
        for r in results {
            sink(r)?;
        }
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
}
