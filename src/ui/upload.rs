//! A page form posted as `multipart/form-data` (a file input), read with
//! actix's multipart parser into its text fields and its files, refusing
//! a body larger than the limit while it arrives rather than after.

use actix_multipart::Multipart;
use actix_web::{web, HttpRequest};
use futures_util::StreamExt;

/// What a multipart form sent.
#[derive(Default)]
pub(crate) struct Upload {
    fields: Vec<(String, String)>,
    files: Vec<(String, Vec<u8>)>,
}

/// Why an upload could not be read.
#[derive(Debug)]
pub(crate) enum UploadError {
    /// The form is larger than `limit` bytes.
    TooLarge { limit: usize },
    /// Not a multipart form, or a broken one.
    Malformed(String),
}

impl Upload {
    /// The text field `name`, trimmed; `""` when absent.
    pub(crate) fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or("").trim().to_owned()
    }

    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The bytes of the file input `name`; empty when no file was chosen.
    pub(crate) fn file(&self, name: &str) -> &[u8] {
        self.files
            .iter()
            .find(|(k, _)| k == name)
            .map_or(&[], |(_, v)| v.as_slice())
    }
}

/// Reads the whole form, at most `limit` bytes of field contents.
pub(crate) async fn read(
    req: &HttpRequest,
    payload: web::Payload,
    limit: usize,
) -> Result<Upload, UploadError> {
    let mut parts = Multipart::new(req.headers(), payload);
    let mut upload = Upload::default();
    let mut total = 0usize;
    while let Some(part) = parts.next().await {
        let mut part = part.map_err(|e| UploadError::Malformed(e.to_string()))?;
        let name = part.name().unwrap_or_default().to_owned();
        let is_file = part
            .content_disposition()
            .is_some_and(|d| d.get_filename().is_some());
        let mut bytes = Vec::new();
        while let Some(chunk) = part.next().await {
            let chunk = chunk.map_err(|e| UploadError::Malformed(e.to_string()))?;
            total = total.saturating_add(chunk.len());
            if total > limit {
                return Err(UploadError::TooLarge { limit });
            }
            bytes.extend_from_slice(&chunk);
        }
        match is_file {
            true => upload.files.push((name, bytes)),
            false => {
                let text = String::from_utf8(bytes)
                    .map_err(|_| UploadError::Malformed(format!("field {name} is not UTF-8")))?;
                upload.fields.push((name, text));
            }
        }
    }
    Ok(upload)
}
