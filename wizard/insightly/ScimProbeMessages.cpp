#include "insightly/ScimProbeMessages.h"

#include "insightly/ScimProbe.h"

#include "core/RetryAfter.h"

#include <QDateTime>
#include <QLocale>

namespace insightly::scimprobe {

namespace {

QString copyEndpointAgain()
{
    return ScimProbe::tr(
        "Copy the SCIM endpoint again from Insightly (System Settings, Security, SAML and SCIM) and "
        "paste it exactly as shown, without adding /Users.");
}

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'g', 3);
}

QString names(const QStringList &values)
{
    return values.isEmpty() ? ScimProbe::tr("(none)") : values.join(QStringLiteral(", "));
}

QString subjectName(const QSslCertificate &c)
{
    QStringList parts = c.subjectInfo(QSslCertificate::CommonName);
    if (parts.isEmpty())
        parts = c.subjectInfo(QSslCertificate::Organization);
    return names(parts);
}

QString issuerName(const QSslCertificate &c)
{
    QStringList parts = c.issuerInfo(QSslCertificate::CommonName);
    parts += c.issuerInfo(QSslCertificate::Organization);
    return names(parts);
}

QString statusLine(const HttpAnswer &a)
{
    return QStringLiteral("HTTP %1 %2; %3")
        .arg(a.status)
        .arg(a.errorString, QString::fromLatin1(a.contentType));
}

} // namespace

bool HttpAnswer::isJson() const
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    return type == "application/scim+json" || type == "application/json" || type.endsWith("+json");
}

UserMessage hostNotFound(const QString &host, const QString &detail)
{
    return makeUserMessage(
        ScimProbeCode::HostNotFound, ScimProbe::tr("The name %1 could not be found.").arg(host),
        ScimProbe::tr("The address has a typo or the wrong pod (na1, eu1, au1), or this computer's network "
                      "or proxy blocks name lookups."),
        copyEndpointAgain(), detail);
}

UserMessage connectionRefused(const QString &host, quint16 port)
{
    return makeUserMessage(
        ScimProbeCode::ConnectionRefused,
        ScimProbe::tr("%1 refused the connection on port %2.").arg(host).arg(port),
        ScimProbe::tr("Nothing answers at that address and port: a wrong port in the Tenant URL, a server "
                      "that is down, or a firewall."),
        ScimProbe::tr("Check the address; if it is the one Insightly shows, check your network and try again "
                      "later. Microsoft connects from its own network, so Insightly must also be reachable "
                      "from the internet."));
}

UserMessage noAnswerInTime(const QString &host, qint64 timeoutMs)
{
    return makeUserMessage(
        ScimProbeCode::Timeout,
        ScimProbe::tr("Insightly did not answer within %1 s.").arg(seconds(timeoutMs)),
        ScimProbe::tr("%1 accepted the connection or the request but sent no answer in time: a slow or busy "
                      "service, or a proxy or firewall holding the connection.")
            .arg(host),
        ScimProbe::tr("Try again in a few minutes; if it keeps happening, check your network and proxy "
                      "settings."));
}

UserMessage networkError(const QString &host, const QString &detail)
{
    return makeUserMessage(
        ScimProbeCode::NetworkError,
        ScimProbe::tr("The wizard could not reach %1 from this computer.").arg(host),
        ScimProbe::tr("The connection failed (%1).").arg(detail),
        ScimProbe::tr("Check the address, your network and your proxy settings, then try again."), detail);
}

UserMessage notEncrypted(const QUrl &base)
{
    QUrl https = base;
    https.setScheme(QStringLiteral("https"));
    return makeUserMessage(
        ScimProbeCode::NotEncrypted, ScimProbe::tr("The Tenant URL is not encrypted (http)."),
        ScimProbe::tr("The Secret Token would travel in clear text; the wizard does not send it there and "
                      "Microsoft refuses it too."),
        ScimProbe::tr("Use %1, exactly as Insightly shows it.").arg(https.toString()));
}

UserMessage tlsFailure(const QString &host, const QList<QSslError> &errors,
                       const QSslCertificate &certificate)
{
    QStringList details;
    for (const QSslError &e : errors)
        details << e.errorString();
    const QString detail = details.join(u'\n');
    auto has = [&errors](std::initializer_list<QSslError::SslError> kinds) {
        return std::any_of(errors.cbegin(), errors.cend(), [&kinds](const QSslError &e) {
            return std::find(kinds.begin(), kinds.end(), e.error()) != kinds.end();
        });
    };
    if (has({QSslError::CertificateRevoked, QSslError::CertificateBlacklisted,
             QSslError::CertificateSignatureFailed}))
        return makeUserMessage(
            ScimProbeCode::TlsRevoked,
            ScimProbe::tr("The certificate of %1 has been revoked or is invalid.").arg(host),
            ScimProbe::tr("The certificate was withdrawn or altered; the connection cannot be trusted."),
            ScimProbe::tr("Do not continue; contact the service owner."), detail);
    if (has({QSslError::CertificateExpired, QSslError::CertificateNotYetValid})) {
        const QLocale locale;
        return makeUserMessage(
            ScimProbeCode::TlsExpired,
            ScimProbe::tr("The certificate of %1 is valid only from %2 to %3.")
                .arg(host,
                     locale.toString(certificate.effectiveDate().toLocalTime().date(), QLocale::ShortFormat),
                     locale.toString(certificate.expiryDate().toLocalTime().date(), QLocale::ShortFormat)),
            ScimProbe::tr("Either the certificate expired, or this computer's clock is wrong (it shows %1).")
                .arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat)),
            ScimProbe::tr(
                "If the date and time of this computer are wrong, correct them; otherwise the site owner "
                "must "
                "renew the certificate."),
            detail);
    }
    if (has({QSslError::HostNameMismatch}))
        return makeUserMessage(
            ScimProbeCode::TlsHostMismatch,
            ScimProbe::tr("The certificate of this server is for %1, not %2.")
                .arg(names(certificate.subjectAlternativeNames().values(QSsl::DnsEntry) +
                           certificate.subjectInfo(QSslCertificate::CommonName)),
                     host),
            ScimProbe::tr("A typo in the address, the wrong pod, an IP address instead of a name, or a proxy "
                          "answering in Insightly's place."),
            ScimProbe::tr("Check the Tenant URL for typos (for example na1 instead of eu1). %1")
                .arg(copyEndpointAgain()),
            detail);
    if (!errors.isEmpty())
        return makeUserMessage(
            ScimProbeCode::TlsUntrusted,
            ScimProbe::tr(
                "The wizard could not confirm it is really talking to %1: its certificate was issued "
                "by %2, which this computer does not trust.")
                .arg(host, issuerName(certificate)),
            ScimProbe::tr("A self-signed or private certificate, a server missing part of its certificate "
                          "chain, or a company proxy that inspects HTTPS traffic. Microsoft's provisioning "
                          "service requires a publicly trusted certificate too."),
            ScimProbe::tr("If your company inspects HTTPS traffic, ask IT to exclude %1 or to install their "
                          "root certificate. Otherwise contact the owner of the server.")
                .arg(host),
            detail);
    return tlsHandshake(host, detail);
}

UserMessage tlsHandshake(const QString &host, const QString &detail)
{
    return makeUserMessage(
        ScimProbeCode::TlsHandshake,
        ScimProbe::tr("A secure connection could not be negotiated with %1.").arg(host),
        ScimProbe::tr("The server may only support old TLS versions; Microsoft requires TLS 1.2 or newer."),
        ScimProbe::tr("Check the address; if it is right, contact the service owner."), detail);
}

UserMessage notScim(const HttpAnswer &answer)
{
    return makeUserMessage(
        ScimProbeCode::NotScim, ScimProbe::tr("That address answered, but not like a SCIM service."),
        ScimProbe::tr("It sent %1 instead of SCIM JSON: the address is probably an Insightly web page (a "
                      "sign-in page), the REST API, or a proxy's page rather than the SCIM endpoint.")
            .arg(answer.contentType.isEmpty() ? ScimProbe::tr("an answer without a content type")
                                              : QString::fromLatin1(answer.contentType)),
        copyEndpointAgain(), statusLine(answer));
}

UserMessage unexpectedUsers(int totalResults)
{
    return makeUserMessage(
        ScimProbeCode::UnexpectedUsers,
        ScimProbe::tr("The lookup of a user that cannot exist returned %n user(s).", nullptr, totalResults),
        ScimProbe::tr("The endpoint ignores the userName filter Entra uses to match users, so Entra would "
                      "match the wrong people."),
        ScimProbe::tr("Check that the Tenant URL is Insightly's SCIM endpoint; if it is, contact Insightly "
                      "support."));
}

UserMessage httpFailure(const HttpAnswer &a, const QUrl &url, qint64 timeoutMs)
{
    const QString host = url.host();
    if (!a.answered()) {
        if (a.timedOut || a.error == QNetworkReply::TimeoutError)
            return noAnswerInTime(host, timeoutMs);
        if (!a.sslErrors.isEmpty())
            return tlsFailure(host, a.sslErrors, a.sslErrors.constFirst().certificate());
        switch (a.error) {
        case QNetworkReply::HostNotFoundError:
            return hostNotFound(host, a.errorString);
        case QNetworkReply::ConnectionRefusedError:
            return connectionRefused(host, quint16(url.port(url.scheme() == u"http" ? 80 : 443)));
        case QNetworkReply::SslHandshakeFailedError:
            return tlsHandshake(host, a.errorString);
        default:
            return networkError(host, a.errorString);
        }
    }
    const QString detail = statusLine(a);
    if (a.status == 401)
        return makeUserMessage(
            ScimProbeCode::TokenRejected, ScimProbe::tr("Insightly rejected the Secret Token (HTTP 401)."),
            ScimProbe::tr("The token was mistyped, or it was regenerated in Insightly, which cancels the "
                          "previous one."),
            ScimProbe::tr("Copy the current token from Insightly's SAML and SCIM settings (System Settings, "
                          "Security, SAML and SCIM) and paste it again, without spaces."),
            detail);
    if (a.status == 403)
        return makeUserMessage(
            ScimProbeCode::Forbidden, ScimProbe::tr("Insightly refused the Secret Token (HTTP 403)."),
            ScimProbe::tr("The token may have been regenerated in Insightly, or SCIM provisioning is not "
                          "switched on (it needs the Enterprise plan and SAML single sign-on)."),
            ScimProbe::tr(
                "In Insightly's SAML and SCIM settings, check that Enable SCIM Provisioning is ticked, "
                "then copy the current token from there and paste it again."),
            detail);
    if (a.status == 404 || a.status == 410)
        return makeUserMessage(
            ScimProbeCode::WrongPath,
            ScimProbe::tr("Nothing was found at that address (HTTP %1).").arg(a.status),
            ScimProbe::tr(
                "The path is wrong: a segment is missing or added, the pod is wrong, or SCIM is not "
                "enabled. Check that the Tenant URL is the SCIM endpoint Insightly shows."),
            copyEndpointAgain(), detail);
    if (a.status >= 300 && a.status < 400)
        return makeUserMessage(
            ScimProbeCode::Redirected,
            ScimProbe::tr("The address redirects to %1 instead of answering.")
                .arg(a.redirectTarget.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString()),
            ScimProbe::tr("A SCIM endpoint answers directly; a redirect usually leads to a sign-in page or "
                          "from http to https. The wizard does not follow it, so the token is not sent "
                          "elsewhere."),
            copyEndpointAgain(), detail);
    if (a.status == 400 && a.body.contains("invalidFilter"))
        return makeUserMessage(
            ScimProbeCode::FilterRefused,
            ScimProbe::tr("The endpoint refused the standard user lookup Entra makes (invalid filter)."),
            ScimProbe::tr(
                "It does not accept userName eq \"…\" filters, so it is not a SCIM service Entra can "
                "use, or not the SCIM endpoint at all."),
            ScimProbe::tr("Check the Tenant URL; if it is correct, contact Insightly support."), detail);
    if (a.status == 429) {
        const int wait = int(parseRetryAfter(a.retryAfter).value_or(std::chrono::seconds(0)).count());
        return makeUserMessage(ScimProbeCode::RateLimited,
                               ScimProbe::tr("Insightly is limiting requests (HTTP 429)."),
                               ScimProbe::tr("Too many requests were sent in a short time."),
                               wait > 0 ? ScimProbe::tr("Wait %n second(s) and test again.", nullptr, wait)
                                        : ScimProbe::tr("Wait a minute and test again."),
                               detail);
    }
    if (a.status >= 500)
        return makeUserMessage(
            ScimProbeCode::ServerError,
            ScimProbe::tr("Insightly's SCIM service had a problem (HTTP %1).").arg(a.status),
            ScimProbe::tr("An error on Insightly's side or in a proxy in front of it."),
            ScimProbe::tr("Try again in a few minutes; if it persists, check Insightly's status page or "
                          "contact their support."),
            detail);
    if (a.status == 200 || !a.isJson())
        return notScim(a);
    return makeUserMessage(
        ScimProbeCode::UnexpectedStatus, ScimProbe::tr("The endpoint answered HTTP %1.").arg(a.status),
        ScimProbe::tr("A SCIM endpoint answers this request with HTTP 200."), copyEndpointAgain(), detail);
}

QString describeCertificate(const QSslCertificate &c)
{
    if (c.isNull())
        return ScimProbe::tr("no certificate received");
    const QDateTime expiry = c.expiryDate();
    const qint64 daysLeft = QDateTime::currentDateTimeUtc().daysTo(expiry);
    return ScimProbe::tr("certificate for %1, issued by %2, valid until %3 (%n day(s) left)", nullptr,
                         int(daysLeft))
        .arg(subjectName(c), issuerName(c),
             QLocale().toString(expiry.toLocalTime().date(), QLocale::ShortFormat));
}

QString describeAnswer(const HttpAnswer &a)
{
    return ScimProbe::tr("HTTP %1, %2, %3 ms")
        .arg(a.status)
        .arg(a.contentType.isEmpty() ? ScimProbe::tr("no content type") : QString::fromLatin1(a.contentType))
        .arg(a.elapsedMs);
}

} // namespace insightly::scimprobe
