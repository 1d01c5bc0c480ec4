#pragma once

#include <QByteArray>
#include <QHash>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace sim {

// What the simulated world presents for one host (SimServer::setTlsFault).
enum class TlsFault { None, UntrustedCa, Expired, WrongName };

// A leaf certificate and its key, ready for QSslSocket::startServerEncryption().
struct TlsIdentity {
    QSslCertificate certificate;
    QSslKey key;
    bool isNull() const { return certificate.isNull() || key.isNull(); }
};

// The simulated world's own root CA (the "company root CA" of a corporate network) and the leaf certificates
// it issues per host name. OpenSSL does the work; Qt only carries the results.
class SimCertificateAuthority
{
public:
    SimCertificateAuthority();
    ~SimCertificateAuthority();

    // Loads DIR/ca.pem + DIR/ca.key, or creates them (key 0600) when either is missing. An empty `dir` makes
    // a per-run CA in a private temporary directory. Returns false with *error set on failure.
    bool open(const QString &dir, QString *error);
    QString caFile() const { return m_caFile; }
    QSslCertificate caCertificate() const { return m_caCertificate; }

    // A leaf for `host` (SAN dNSName = host) as `fault` asks; cached per host and fault.
    TlsIdentity identityFor(const QString &host, TlsFault fault);

    static constexpr const char *commonName = "Insightly SSO Setup simulated world CA";

private:
    struct Issuer;
    TlsIdentity issue(const QString &host, TlsFault fault);

    std::unique_ptr<QTemporaryDir> m_temporaryDir;
    QString m_caFile;
    QSslCertificate m_caCertificate;
    std::unique_ptr<Issuer> m_ca;        // the trusted CA
    std::unique_ptr<Issuer> m_untrusted; // a second CA nobody trusts, made on first use
    QHash<QString, TlsIdentity> m_cache; // "fault|host" -> leaf
};

} // namespace sim
