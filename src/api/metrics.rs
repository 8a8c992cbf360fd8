//! Prometheus metrics: request counts and latencies per route pattern (not
//! per raw path, so ids do not explode the label space), pool usage and the
//! mail queue (pending, oldest age, sent in the last minute, read from the
//! database at scrape time).
//! Every label takes its value from a closed set — known methods, the
//! route table's patterns, status codes the service answers — so no client
//! can grow the exposition (an unknown value is `other`).

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::web;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

use crate::service::mail_queue::QueueView;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
}

pub(crate) struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram>,
    pool_connections: Gauge,
    pool_idle: Gauge,
    mail_pending: Gauge,
    mail_oldest_pending: Gauge,
    mail_sent_last_minute: Gauge,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("procura");
        let requests = Family::<RequestLabels, Counter>::default();
        // 0.25 ms … ~8 s in 16 doubling buckets.
        let latency = Family::<RouteLabels, Histogram>::new_with_constructor(|| {
            Histogram::new(exponential_buckets(0.000_25, 2.0, 16))
        });
        let pool_connections = Gauge::default();
        let pool_idle = Gauge::default();
        registry.register("http_requests", "HTTP requests answered", requests.clone());
        registry.register(
            "http_request_duration_seconds",
            "Time to answer HTTP requests",
            latency.clone(),
        );
        registry.register(
            "db_pool_connections",
            "Open database connections",
            pool_connections.clone(),
        );
        registry.register(
            "db_pool_idle_connections",
            "Idle database connections",
            pool_idle.clone(),
        );
        let (mail_pending, mail_oldest_pending, mail_sent_last_minute) =
            (Gauge::default(), Gauge::default(), Gauge::default());
        registry.register(
            "mail_pending",
            "Messages waiting in the outbox",
            mail_pending.clone(),
        );
        registry.register(
            "mail_oldest_pending_seconds",
            "Age of the oldest message waiting in the outbox",
            mail_oldest_pending.clone(),
        );
        registry.register(
            "mail_sent_last_minute",
            "Messages sent in the last minute, by every instance",
            mail_sent_last_minute.clone(),
        );
        Self {
            registry,
            requests,
            latency,
            pool_connections,
            pool_idle,
            mail_pending,
            mail_oldest_pending,
            mail_sent_last_minute,
        }
    }
}

impl Metrics {
    /// The text exposition, with pool and mail figures read at scrape time.
    pub(crate) fn render(&self, pool: (u32, u32), mail: &QueueView) -> String {
        self.pool_connections.set(i64::from(pool.0));
        self.pool_idle.set(i64::from(pool.1));
        self.mail_pending.set(mail.pending);
        self.mail_oldest_pending.set(mail.oldest_pending_seconds);
        self.mail_sent_last_minute.set(mail.sent_last_minute);
        let mut out = String::new();
        // Writing to a String fails only if a metric cannot format itself;
        // what was written is still worth serving.
        if let Err(e) = prometheus_client::encoding::text::encode(&mut out, &self.registry) {
            tracing::error!(error = %e, "metrics could not be encoded in full");
        }
        out
    }
}

/// Middleware: times every request and counts it under its route pattern.
pub(crate) async fn track(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let metrics = req.app_data::<web::Data<Metrics>>().cloned();
    let method = method_label(req.method()).to_owned();
    // A duration, not a point in time: the injected clock is for business time.
    let started = Instant::now();
    let res = next.call(req).await?;
    if let Some(metrics) = metrics {
        // Only routed patterns: a 404 or 405 path never becomes a label.
        let route = res
            .request()
            .match_pattern()
            .unwrap_or_else(|| "unmatched".into());
        let labels = RouteLabels { method, route };
        metrics
            .latency
            .get_or_create(&labels)
            .observe(started.elapsed().as_secs_f64());
        metrics
            .requests
            .get_or_create(&RequestLabels {
                method: labels.method,
                route: labels.route,
                status: status_label(res.status().as_u16()),
            })
            .inc();
    }
    Ok(res)
}

/// The method as a label: the standard ones by name, anything else `other`.
fn method_label(method: &actix_web::http::Method) -> &'static str {
    const KNOWN: [&str; 9] = [
        "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "CONNECT", "TRACE",
    ];
    KNOWN
        .iter()
        .find(|m| **m == method.as_str())
        .copied()
        .unwrap_or("other")
}

/// A status code as a label; codes are a closed set already (three digits),
/// kept as they are because dashboards split 404s from 422s.
fn status_label(status: u16) -> String {
    if (100..600).contains(&status) {
        status.to_string()
    } else {
        "other".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::http::Method;

    #[test]
    fn unknown_methods_fold_into_other() {
        assert_eq!(method_label(&Method::GET), "GET");
        assert_eq!(method_label(&Method::PATCH), "PATCH");
        let odd = Method::from_bytes(b"FROBNICATE").unwrap();
        assert_eq!(method_label(&odd), "other");
    }
}
