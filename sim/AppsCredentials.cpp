#include "AppsCredentials.h"

#include "AppsGraph.h"
#include "Certificates.h"
#include "GraphQuery.h"

#include <QJsonArray>
#include <QSet>

namespace sim::apps {

namespace {

const QString kKeyCredentials = QStringLiteral("keyCredentials");
const QString kPasswordCredentials = QStringLiteral("passwordCredentials");
const QString kPreferredThumbprint = QStringLiteral("preferredTokenSigningKeyThumbprint");

bool visible(const SimServer &server, const ServicePrincipalObject &sp, const QJsonObject &credential)
{
    const qint64 addedAt =
        sp.credentialAddedAtMs.value(credential.value(QStringLiteral("keyId")).toString(), 0);
    return server.replicated(addedAt);
}

// The Sign key credential that belongs to a certificate, for its validity dates.
QJsonObject signCredentialOf(const ServicePrincipalObject &sp, const SigningKeyMaterial &material)
{
    for (const QJsonValue &v : sp.json.value(kKeyCredentials).toArray()) {
        const QJsonObject k = v.toObject();
        if (k.value(QStringLiteral("usage")).toString() == QLatin1String("Sign") &&
            k.value(QStringLiteral("customKeyIdentifier")).toString() == material.customKeyIdentifier)
            return k;
    }
    return {};
}

bool isValidAt(const QJsonObject &credential, qint64 nowMs)
{
    const QDateTime start =
        QDateTime::fromString(credential.value(QStringLiteral("startDateTime")).toString(), Qt::ISODate);
    const QDateTime end =
        QDateTime::fromString(credential.value(QStringLiteral("endDateTime")).toString(), Qt::ISODate);
    return start.isValid() && end.isValid() && start.toMSecsSinceEpoch() <= nowMs + 5 * 60 * 1000 &&
           end.toMSecsSinceEpoch() > nowMs;
}

QSet<QString> keyIds(const QJsonArray &credentials)
{
    QSet<QString> ids;
    for (const QJsonValue &v : credentials)
        ids.insert(v.toObject().value(QStringLiteral("keyId")).toString());
    return ids;
}

// Applies a PATCH of one credential collection: only removals; credentials the caller cannot see yet stay.
QString removeOnly(const SimServer &server, const ServicePrincipalObject &sp, const QString &property,
                   const QJsonArray &requested, QJsonArray *result)
{
    const QJsonArray current = sp.json.value(property).toArray();
    const QSet<QString> currentIds = keyIds(current);
    const QSet<QString> requestedIds = keyIds(requested);
    for (const QString &id : requestedIds) {
        if (!currentIds.contains(id)) {
            if (property == kPasswordCredentials)
                return QStringLiteral("New password credentials must be generated using service actions.");
            return QStringLiteral(
                "New key credentials must be added using the addTokenSigningCertificate action.");
        }
    }
    for (const QJsonValue &v : current) {
        const QJsonObject credential = v.toObject();
        if (requestedIds.contains(credential.value(QStringLiteral("keyId")).toString()) ||
            !visible(server, sp, credential))
            result->append(credential);
    }
    return {};
}

} // namespace

QJsonObject addSigningCertificate(SimServer &server, ServicePrincipalObject &sp, const QString &displayName,
                                  const QDateTime &endDateTime)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(server.nowMs(), Qt::UTC);
    const GeneratedCertificate certificate =
        generateSelfSignedCertificate(displayName.mid(3), start, endDateTime.toUTC());
    const QString thumbprint = certificateThumbprint(certificate.certificateDer);
    const QString customKeyIdentifier =
        QString::fromLatin1(QByteArray::fromHex(thumbprint.toLatin1()).toBase64());
    const QString signKeyId = server.newGuid();
    const QString verifyKeyId = server.newGuid();
    const QString key = QString::fromLatin1(certificate.certificateDer.toBase64());
    auto keyCredential = [&](const QString &keyId, const QString &usage) {
        return QJsonObject{{QStringLiteral("customKeyIdentifier"), customKeyIdentifier},
                           {QStringLiteral("displayName"), displayName},
                           {QStringLiteral("endDateTime"), graphTime(endDateTime)},
                           {QStringLiteral("key"), key},
                           {QStringLiteral("keyId"), keyId},
                           {QStringLiteral("startDateTime"), graphTime(start)},
                           {QStringLiteral("type"), QStringLiteral("AsymmetricX509Cert")},
                           {QStringLiteral("usage"), usage}};
    };
    QJsonArray keys = sp.json.value(kKeyCredentials).toArray();
    keys.append(keyCredential(signKeyId, QStringLiteral("Sign")));
    keys.append(keyCredential(verifyKeyId, QStringLiteral("Verify")));
    QJsonArray passwords = sp.json.value(kPasswordCredentials).toArray();
    passwords.append(QJsonObject{{QStringLiteral("customKeyIdentifier"), customKeyIdentifier},
                                 {QStringLiteral("displayName"), displayName},
                                 {QStringLiteral("endDateTime"), graphTime(endDateTime)},
                                 {QStringLiteral("hint"), QJsonValue()},
                                 {QStringLiteral("keyId"), signKeyId},
                                 {QStringLiteral("secretText"), QJsonValue()},
                                 {QStringLiteral("startDateTime"), graphTime(start)}});
    sp.json.insert(kKeyCredentials, keys);
    sp.json.insert(kPasswordCredentials, passwords);
    sp.signingKeys.append({customKeyIdentifier, certificate.certificateDer, certificate.privateKeyPem});
    const qint64 now = server.nowMs();
    sp.credentialAddedAtMs.insert(signKeyId, now);
    sp.credentialAddedAtMs.insert(verifyKeyId, now);

    // The documented quirk: keyId is the Sign key's, although usage says Verify.
    return QJsonObject{{QStringLiteral("customKeyIdentifier"), customKeyIdentifier},
                       {QStringLiteral("displayName"), displayName},
                       {QStringLiteral("endDateTime"), graphTime(endDateTime)},
                       {QStringLiteral("key"), key},
                       {QStringLiteral("keyId"), signKeyId},
                       {QStringLiteral("startDateTime"), graphTime(start)},
                       {QStringLiteral("thumbprint"), thumbprint},
                       {QStringLiteral("type"), QStringLiteral("AsymmetricX509Cert")},
                       {QStringLiteral("usage"), QStringLiteral("Verify")}};
}

QVector<const SigningKeyMaterial *> publishedSigningKeys(const ServicePrincipalObject &sp, qint64 nowMs)
{
    const QString preferred = sp.json.value(kPreferredThumbprint).toString();
    const SigningKeyMaterial *active = nullptr;
    QVector<std::pair<QString, const SigningKeyMaterial *>> valid; // (startDateTime, key)
    for (const SigningKeyMaterial &material : sp.signingKeys) {
        const QJsonObject credential = signCredentialOf(sp, material);
        if (credential.isEmpty() || !isValidAt(credential, nowMs))
            continue;
        valid.append({credential.value(QStringLiteral("startDateTime")).toString(), &material});
        if (!preferred.isEmpty() &&
            certificateThumbprint(material.certificateDer).compare(preferred, Qt::CaseInsensitive) == 0)
            active = &material;
    }
    // Newest first; among certificates started in the same second, the one added last.
    std::reverse(valid.begin(), valid.end());
    std::stable_sort(valid.begin(), valid.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QVector<const SigningKeyMaterial *> result;
    if (active)
        result.append(active);
    for (const auto &entry : valid)
        if (entry.second != active)
            result.append(entry.second);
    return result;
}

const SigningKeyMaterial *activeSigningKey(const ServicePrincipalObject &sp, qint64 nowMs)
{
    const QVector<const SigningKeyMaterial *> keys = publishedSigningKeys(sp, nowMs);
    return keys.isEmpty() ? nullptr : keys.constFirst();
}

QJsonObject servicePrincipalView(const SimServer &server, const ServicePrincipalObject &sp, bool withKeys)
{
    QJsonObject view = sp.json;
    for (const QString &property : {kKeyCredentials, kPasswordCredentials}) {
        QJsonArray shown;
        for (const QJsonValue &v : sp.json.value(property).toArray()) {
            QJsonObject credential = v.toObject();
            if (!visible(server, sp, credential))
                continue;
            if (property == kKeyCredentials && !withKeys)
                credential.insert(QStringLiteral("key"), QJsonValue());
            shown.append(credential);
        }
        view.insert(property, shown);
    }
    return view;
}

QString applyCredentialPatch(const SimServer &server, ServicePrincipalObject &sp, const QJsonObject &body)
{
    QJsonArray keys = sp.json.value(kKeyCredentials).toArray();
    QJsonArray passwords = sp.json.value(kPasswordCredentials).toArray();
    if (body.contains(kKeyCredentials)) {
        QJsonArray kept;
        if (QString error =
                removeOnly(server, sp, kKeyCredentials, body.value(kKeyCredentials).toArray(), &kept);
            !error.isEmpty())
            return error;
        keys = kept;
    }
    if (body.contains(kPasswordCredentials)) {
        QJsonArray kept;
        if (QString error = removeOnly(server, sp, kPasswordCredentials,
                                       body.value(kPasswordCredentials).toArray(), &kept);
            !error.isEmpty())
            return error;
        passwords = kept;
    }

    // Thumbprints of the certificates that remain (and that the caller can see).
    QSet<QString> remaining;
    for (const QJsonValue &v : keys) {
        const QJsonObject k = v.toObject();
        if (visible(server, sp, k))
            remaining.insert(certificateThumbprint(
                QByteArray::fromBase64(k.value(QStringLiteral("key")).toString().toLatin1())));
    }
    QString preferred = sp.json.value(kPreferredThumbprint).toString();
    if (body.contains(kPreferredThumbprint)) {
        const QString requested = body.value(kPreferredThumbprint).toString().toUpper();
        if (!requested.isEmpty() && !remaining.contains(requested))
            return QStringLiteral("Invalid value specified for property 'preferredTokenSigningKeyThumbprint' "
                                  "of resource "
                                  "'ServicePrincipal'. No certificate with thumbprint '%1' exists on the "
                                  "service principal.")
                .arg(requested);
        preferred = requested;
    } else if (!preferred.isEmpty() && !remaining.contains(preferred.toUpper())) {
        return QStringLiteral("The certificate with thumbprint '%1' is the active signing certificate "
                              "(preferredTokenSigningKeyThumbprint) and cannot be removed.")
            .arg(preferred);
    }

    sp.json.insert(kKeyCredentials, keys);
    sp.json.insert(kPasswordCredentials, passwords);
    if (body.contains(kPreferredThumbprint))
        sp.json.insert(kPreferredThumbprint, preferred.isEmpty() ? QJsonValue() : QJsonValue(preferred));
    // Private keys of removed certificates go too.
    QSet<QString> customKeyIds;
    for (const QJsonValue &v : keys)
        customKeyIds.insert(v.toObject().value(QStringLiteral("customKeyIdentifier")).toString());
    sp.signingKeys.erase(std::remove_if(sp.signingKeys.begin(), sp.signingKeys.end(),
                                        [&](const SigningKeyMaterial &m) {
                                            return !customKeyIds.contains(m.customKeyIdentifier);
                                        }),
                         sp.signingKeys.end());
    return {};
}

} // namespace sim::apps

namespace sim {

Response AppsSigningCertificateRoutes::addTokenSigningCertificate(const Request &request)
{
    Response failure;
    ServicePrincipalObject *sp = apps::requestedServicePrincipal(m_server, request, true, &failure);
    if (!sp)
        return failure;
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return apps::badRequest(m_server, request, QStringLiteral("Empty Payload. JSON content expected."));
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != QLatin1String("displayName") && it.key() != QLatin1String("endDateTime"))
            return apps::badRequest(m_server, request,
                                    QStringLiteral("Invalid property '%1'.").arg(it.key()));

    const QString displayName = body.value(QStringLiteral("displayName")).toString();
    if (!displayName.startsWith(QLatin1String("CN=")) || displayName.size() < 4)
        return apps::badRequest(
            m_server, request,
            QStringLiteral("Invalid value specified for property 'displayName' of resource "
                           "'SelfSignedCertificate'. The display name must start with 'CN='."));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_server.nowMs(), Qt::UTC);
    QDateTime end = now.addYears(3);
    const QJsonValue endValue = body.value(QStringLiteral("endDateTime"));
    if (!endValue.isUndefined() && !endValue.isNull()) {
        end = QDateTime::fromString(endValue.toString(), Qt::ISODateWithMs);
        if (!end.isValid())
            return apps::badRequest(
                m_server, request,
                QStringLiteral("Invalid value specified for property 'endDateTime' of resource "
                               "'SelfSignedCertificate'."));
        // A small allowance for the client's clock: "now + 3 years" computed a moment earlier is fine.
        if (end <= now || end > now.addYears(3).addSecs(300))
            return apps::badRequest(
                m_server, request,
                QStringLiteral("Invalid value specified for property 'endDateTime' of resource "
                               "'SelfSignedCertificate'. It must be in the future and at most 3 "
                               "years from now."));
    }
    QJsonObject answer = apps::addSigningCertificate(m_server, *sp, displayName, end);
    m_server.saveState();
    answer.insert(QStringLiteral("@odata.context"),
                  apps::odataContext(request, QStringLiteral("microsoft.graph.selfSignedCertificate")));
    return Response::json(200, answer);
}

} // namespace sim
