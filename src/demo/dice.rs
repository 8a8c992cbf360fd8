//! The seeded randomness behind the demo data. ChaCha8's output for a seed
//! is fixed across versions, so the same seed always yields the same
//! organisation, catalogue, ledger and applications.

use chrono::{DateTime, Utc};
use rand_chacha::rand_core::{RngCore, SeedableRng};
use rand_chacha::ChaCha8Rng;

pub(crate) struct Dice {
    rng: ChaCha8Rng,
}

impl Dice {
    pub(crate) fn new(seed: u64) -> Self {
        Self {
            rng: ChaCha8Rng::seed_from_u64(seed),
        }
    }

    /// Uniform in `0..n` (multiply-shift; `n` is far below 2³²).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        ((u64::from(self.rng.next_u32()) * n.max(1) as u64) >> 32) as usize
    }

    /// Uniform in `low..=high`.
    pub(crate) fn between(&mut self, low: i64, high: i64) -> i64 {
        low + self.below((high - low + 1) as usize) as i64
    }

    /// Uniform in `[0, 1)`: only for choosing, never for amounts.
    pub(crate) fn unit(&mut self) -> f64 {
        (self.rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub(crate) fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An index drawn by `weights` (any positive scale).
    pub(crate) fn weighted(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().sum();
        let mut left = self.unit() * total;
        for (i, w) in weights.iter().enumerate() {
            if left < *w {
                return i;
            }
            left -= w;
        }
        weights.len() - 1
    }

    /// A UUIDv7 carrying `at`, like the ids the service makes, but drawn
    /// from the seed so that reruns give the same ids.
    pub(crate) fn id(&mut self, at: DateTime<Utc>) -> String {
        let mut random = [0u8; 10];
        self.rng.fill_bytes(&mut random);
        uuid::Builder::from_unix_timestamp_millis(at.timestamp_millis().max(0) as u64, &random)
            .into_uuid()
            .to_string()
    }
}
