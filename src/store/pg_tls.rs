//! TLS to a PostgreSQL server, as libpq's `sslmode=prefer` and `require` do it: the connection
//! is encrypted, the server's certificate is not checked against an authority. So no
//! certificate bundle is read: `openssl::ssl::SslConnector` loads the system's whole bundle
//! when it is built (about 30 ms, paid by every command, since each is one process), for a
//! verification these modes then switch off.

use std::error::Error as StdError;
use std::fmt::Debug;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use openssl::error::ErrorStack;
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::ssl::{Ssl, SslContext, SslMethod, SslMode, SslOptions, SslRef, SslVerifyMode};
use postgres::tls::{ChannelBinding, MakeTlsConnect, TlsConnect};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// Makes one encrypted connection per server address the driver tries.
pub(crate) struct Encrypted(SslContext);

impl Encrypted {
    pub(crate) fn new() -> Result<Encrypted, ErrorStack> {
        let mut context = SslContext::builder(SslMethod::tls_client())?;
        context.set_options(SslOptions::NO_COMPRESSION);
        context.set_mode(SslMode::AUTO_RETRY | SslMode::RELEASE_BUFFERS);
        context.set_verify(SslVerifyMode::NONE);
        Ok(Encrypted(context.build()))
    }
}

impl<S> MakeTlsConnect<S> for Encrypted
where
    S: AsyncRead + AsyncWrite + Unpin + Debug + Send + 'static,
{
    type Stream = Stream<S>;
    type TlsConnect = Connect;
    type Error = ErrorStack;

    fn make_tls_connect(&mut self, domain: &str) -> Result<Connect, ErrorStack> {
        let mut ssl = Ssl::new(&self.0)?;
        // The server's name travels as SNI when it is a name (as libpq sends it).
        if !domain.is_empty() && domain.parse::<std::net::IpAddr>().is_err() {
            ssl.set_hostname(domain)?;
        }
        Ok(Connect(ssl))
    }
}

/// One connection's handshake, not yet made.
pub(crate) struct Connect(Ssl);

impl<S> TlsConnect<S> for Connect
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    type Stream = Stream<S>;
    type Error = Box<dyn StdError + Send + Sync>;
    type Future = Pin<Box<dyn Future<Output = Result<Stream<S>, Self::Error>> + Send>>;

    fn connect(self, stream: S) -> Self::Future {
        Box::pin(async move {
            let mut stream = tokio_openssl::SslStream::new(self.0, stream)?;
            Pin::new(&mut stream).connect().await?;
            Ok(Stream(stream))
        })
    }
}

/// An encrypted connection to the server.
pub(crate) struct Stream<S>(tokio_openssl::SslStream<S>);

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncRead for Stream<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncWrite for Stream<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx)
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> postgres::tls::TlsStream for Stream<S> {
    /// The server certificate's digest, which SCRAM-SHA-256-PLUS binds the password exchange
    /// to (RFC 5929 `tls-server-end-point`), so a man in the middle cannot relay it.
    fn channel_binding(&self) -> ChannelBinding {
        match server_end_point(self.0.ssl()) {
            Some(digest) => ChannelBinding::tls_server_end_point(digest),
            None => ChannelBinding::none(),
        }
    }
}

fn server_end_point(ssl: &SslRef) -> Option<Vec<u8>> {
    let certificate = ssl.peer_certificate()?;
    let algorithm = certificate.signature_algorithm().object().nid();
    let digest = match algorithm.signature_algorithms()?.digest {
        Nid::MD5 | Nid::SHA1 => MessageDigest::sha256(),
        nid => MessageDigest::from_nid(nid)?,
    };
    certificate.digest(digest).ok().map(|d| d.to_vec())
}
