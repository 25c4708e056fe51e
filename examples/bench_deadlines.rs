//! How fast is the working-day calendar? One million deadline computations (R9 and R10 style)
//! from triggers spread over 2017–2036, on the national calendar.
//!
//!     cargo run --release --example bench_deadlines

use chrono::{Duration, NaiveDate};
use doithoai::rules::calendar::Calendar;
use std::time::Instant;

fn main() {
    let cal = Calendar::national();
    let start = NaiveDate::from_ymd_opt(2017, 1, 1).expect("date");
    let span = 20 * 365;
    // Warm the per-year tables once, as the first command of a process does.
    let t0 = Instant::now();
    let first = cal.add_working_days(start, 10).expect("in range");
    let warm = t0.elapsed();
    let n = 1_000_000u32;
    let t = Instant::now();
    let mut checksum = first.to_string().len() as i64;
    for i in 0..n {
        let trigger = start + Duration::days(i64::from(i.wrapping_mul(7919) % span));
        let days = if i % 2 == 0 { 10 } else { 30 };
        let due = cal.add_working_days(trigger, days).expect("in range");
        checksum += (due - trigger).num_days();
    }
    let elapsed = t.elapsed();
    println!(
        "{n} deadlines in {:.1} ms ({:.0} ns each); first call incl. table build {:.2} ms; checksum {checksum}",
        elapsed.as_secs_f64() * 1e3,
        elapsed.as_nanos() as f64 / f64::from(n),
        warm.as_secs_f64() * 1e3
    );
}
