//! Who the client is, for throttling and the session record: the TCP peer,
//! unless the peer is a configured reverse proxy (`trusted_proxies`), in
//! which case the address the proxies forwarded for — the rightmost entry of
//! `X-Forwarded-For` that is not itself a trusted proxy. Anything a client
//! wrote there before the first trusted proxy is ignored, and so is a
//! `Forwarded` header: most proxies append to `X-Forwarded-For` and pass a
//! client's own `Forwarded` through untouched, so reading it would let the
//! client choose its throttling key. An entry that is not an address ends
//! the walk: the client is then the last proxy that was trusted.

use std::net::{IpAddr, Ipv6Addr};

use actix_web::HttpRequest;

/// The client's address as a throttling key: IPv4 as it is, IPv6 cut to its
/// /64 (one subscriber usually holds a whole /64).
pub(crate) fn client_address(req: &HttpRequest, trusted: &[IpAddr]) -> String {
    let Some(peer) = req.peer_addr().map(|a| a.ip()) else {
        return "unknown".into();
    };
    let mut client = peer;
    if trusted.contains(&peer) {
        for node in forwarded_chain(req).iter().rev() {
            match node {
                Some(ip) if trusted.contains(ip) => client = *ip,
                Some(ip) => {
                    client = *ip;
                    break;
                }
                None => break,
            }
        }
    }
    normalised(client)
}

fn normalised(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{}/64", Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

/// The `X-Forwarded-For` entries in forwarding order (`None`: not an address).
fn forwarded_chain(req: &HttpRequest) -> Vec<Option<IpAddr>> {
    req.headers()
        .get_all("x-forwarded-for")
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(parse_node)
        .collect()
}

/// `1.2.3.4`, `"[2001:db8::1]:4711"`, `1.2.3.4:80` → the address.
fn parse_node(raw: &str) -> Option<IpAddr> {
    let v = raw.trim().trim_matches('"');
    if let Some(rest) = v.strip_prefix('[') {
        return rest.split(']').next()?.parse().ok();
    }
    v.parse()
        .ok()
        .or_else(|| v.rsplit_once(':').and_then(|(host, _)| host.parse().ok()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    fn from(peer: &str, headers: &[(&str, &str)], trusted: &[&str]) -> String {
        let mut req = TestRequest::default().peer_addr(peer.parse().unwrap());
        for h in headers {
            req = req.insert_header(*h);
        }
        let trusted: Vec<IpAddr> = trusted.iter().map(|t| t.parse().unwrap()).collect();
        client_address(&req.to_http_request(), &trusted)
    }

    #[test]
    fn an_untrusted_peer_cannot_choose_its_address() {
        let spoof = [("x-forwarded-for", "9.9.9.9")];
        assert_eq!(from("1.2.3.4:5000", &spoof, &[]), "1.2.3.4");
    }

    #[test]
    fn behind_a_trusted_proxy_the_forwarded_client_counts() {
        let proxy = ["10.0.0.1"];
        // The client wrote 9.9.9.9 itself; the proxy appended the real peer.
        let xff = [("x-forwarded-for", "9.9.9.9, 1.2.3.4")];
        assert_eq!(from("10.0.0.1:80", &xff, &proxy), "1.2.3.4");
        let v6 = [("x-forwarded-for", "9.9.9.9, [2001:db8:1:2::7]:4711")];
        assert_eq!(from("10.0.0.1:80", &v6, &proxy), "2001:db8:1:2::/64");
        // A client's own `Forwarded` is not read at all.
        let fwd = [("forwarded", "for=9.9.9.9"), ("x-forwarded-for", "1.2.3.4")];
        assert_eq!(from("10.0.0.1:80", &fwd, &proxy), "1.2.3.4");
        // Garbage ends the walk at the last trusted hop.
        let junk = [("x-forwarded-for", "1.2.3.4, unknown")];
        assert_eq!(from("10.0.0.1:80", &junk, &proxy), "10.0.0.1");
        assert_eq!(
            from("10.0.0.1:80", &[], &proxy),
            "10.0.0.1",
            "no header: the proxy"
        );
    }
}
