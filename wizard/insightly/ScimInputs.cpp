#include "insightly/ScimInputs.h"

#include "core/SecretRedaction.h"
#include "core/TextLimits.h"

#include "insightly/PastedText.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace insightly {

namespace {

QString whereToCopyUrl() {
    return ScimInputs::tr(
        "In Insightly open System Settings, Security, SAML and SCIM, tick Enable SCIM Provisioning, "
        "save, and copy the SCIM endpoint shown there into Tenant URL.");
}

QString whereToCopyToken() {
    return ScimInputs::tr("In Insightly open System Settings, Security, SAML and SCIM, and copy the SCIM token shown "
                  "there into Secret Token.");
}

// A secret token rather than an address: one long run of token characters with no scheme, no '/', and either
// no dot or the shape of a JWT (eyJ…) or a label longer than a host name allows.
bool looksLikeToken(const QString &text) {
    static const QRegularExpression tokenChars(QStringLiteral("^[A-Za-z0-9._~+/=-]{20,}$"));
    if (text.contains(QStringLiteral("://")) || !tokenChars.match(text).hasMatch())
        return false;
    if (text.startsWith(QStringLiteral("eyJ")))
        return true;
    if (text.contains(u'/'))
        return false;
    const QStringList labels = text.split(u'.');
    if (labels.size() == 1)
        return true;
    return std::any_of(labels.cbegin(), labels.cend(),
                       [](const QString &label) { return label.size() > 63; });
}

// SCIM resource endpoints that Entra appends itself (RFC 7644 §3.2); a Tenant URL ending in one of them is
// the usual "copied a request URL instead of the base" mistake.
const QStringList &resourceSegments() {
    static const QStringList segments{QStringLiteral("Users"),
                                      QStringLiteral("Groups"),
                                      QStringLiteral("ServiceProviderConfig"),
                                      QStringLiteral("Schemas"),
                                      QStringLiteral("ResourceTypes"),
                                      QStringLiteral("Bulk"),
                                      QStringLiteral(".search"),
                                      QStringLiteral("Me")};
    return segments;
}

// The base before a trailing /Users, /Users/{id}, /Groups… (case-insensitive), if the path ends so.
std::optional<QString> pathWithoutResource(const QString &path) {
    QStringList parts = path.split(u'/');
    while (!parts.isEmpty() && parts.constLast().isEmpty())
        parts.removeLast();
    for (int tail = 1; tail <= 2 && tail < parts.size(); ++tail) {
        const QString segment = parts.at(parts.size() - tail);
        for (const QString &resource : resourceSegments()) {
            if (segment.compare(resource, Qt::CaseInsensitive) == 0)
                return parts.mid(0, parts.size() - tail).join(u'/');
        }
    }
    return {};
}

} // namespace

QString ScimInputs::maskedToken(const QString &token) {
    if (token.isEmpty())
        return {};
    const qsizetype shown = token.size() >= 12 ? 4 : token.size() / 3;
    return QString(4, QChar(0x2022)) + token.right(shown);
}

ScimUrlValidation ScimInputs::validateTenantUrl(const QString &input) {
    ScimUrlValidation result;
    QString text = pasted::unwrapped(input);
    if (result.error = checkPastedUrl(text, tr("The Tenant URL"), WhitespaceInside::CallerHandles); !result.error.isEmpty()) return result;
    if (text.isEmpty()) {
        result.error = makeUserMessage(ScimInputCode::UrlEmpty, tr("The Tenant URL is empty."),
                                       tr("Entra needs Insightly's SCIM endpoint to provision users."),
                                       whereToCopyUrl());
        return result;
    }
    if (looksLikeToken(pasted::withoutSpaces(text))) {
        result.error = makeUserMessage(
            ScimInputCode::UrlIsToken, tr("The Tenant URL field holds what looks like the Secret Token."),
            tr("The Tenant URL is a web address starting with https://; the long code below it in Insightly "
               "is the token."),
            tr("Paste the token into Secret Token instead. %1").arg(whereToCopyUrl()));
        return result;
    }
    const QString compact = pasted::withoutSpaces(text);
    if (compact != input.trimmed()) {
        result.notes << makeUserMessage(
            ScimInputCode::UrlCleaned, tr("Removed spaces, line breaks or quotes around the Tenant URL."),
            tr("They come along when copying from mail or documents; a URL never "
               "contains them."),
            tr("Nothing to do; check that the URL below is the one Insightly shows."));
    }
    text = compact;

    static const QRegularExpression bareHost(
        QStringLiteral("^([a-z0-9-]+(\\.[a-z0-9-]+)+|\\[[0-9a-f:.]+\\])(:\\d+)?(/|$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(QStringLiteral("://")) && bareHost.match(text).hasMatch()) {
        const QString scheme = QStringLiteral("https://");
        text.prepend(scheme);
        result.notes << makeUserMessage(
            ScimInputCode::UrlSchemeAdded, tr("Added %1 in front of the address.").arg(scheme),
            tr("The pasted text started with the host name."),
            tr("Nothing to do; check that the URL below is the one Insightly shows."));
    }

    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http")) {
        result.error = makeUserMessage(ScimInputCode::UrlNotAUrl, tr("The Tenant URL is not a web address."),
                                       tr("Insightly's SCIM endpoint is an address starting with https://."),
                                       whereToCopyUrl());
        return result;
    }
    if (!url.userInfo().isEmpty()) {
        result.suggestion = url.adjusted(QUrl::RemoveUserInfo);
        result.error =
            makeUserMessage(ScimInputCode::UrlWithCredentials,
                            tr("The Tenant URL contains a user name or password before the host."),
                            tr("Entra sends the Secret Token separately; credentials in the address would "
                               "be visible to anyone who sees the configuration."),
                            whereToCopyUrl());
        return result;
    }
    const QString host = url.host().toLower();
    const QString lowerPath = url.path().toLower();
    QString trimmedPath = lowerPath;
    while (trimmedPath.endsWith(u'/'))
        trimmedPath.chop(1);

    // Insightly's own pages, not its SCIM service: the Sign-in page URL of the SAML step, or the settings
    // page that shows the endpoint.
    if (host.startsWith(QStringLiteral("crm."))) {
        if (trimmedPath == u"/user/saml") {
            result.error = makeUserMessage(
                ScimInputCode::UrlSignInPage,
                tr("That is Insightly's Sign-in page URL (for single sign-on), not the SCIM endpoint."),
                tr("Both are on the same settings page; the SCIM endpoint appears below Enable SCIM "
                   "Provisioning."),
                whereToCopyUrl());
            return result;
        }
        if (trimmedPath == u"/settings/saml") {
            result.error = makeUserMessage(
                ScimInputCode::UrlSettingsPage,
                tr("That is the SAML and SCIM settings page; copy the SCIM endpoint shown on "
                   "it."),
                tr("The settings page's own address is not the value Entra needs."), whereToCopyUrl());
            return result;
        }
    }

    if (const std::optional<QString> base = pathWithoutResource(url.path())) {
        result.suggestion = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        result.suggestion.setPath(*base);
        // Entra's flags (?aadOptscim062020) belong to the Tenant URL; a copied ?filter=… request does not.
        if (url.hasQuery() && !url.query().contains(u'='))
            result.suggestion.setQuery(url.query(QUrl::FullyEncoded), QUrl::StrictMode);
        result.error = makeUserMessage(
            ScimInputCode::UrlResourcePath,
            tr("The Tenant URL ends with a SCIM resource (%1); Entra adds that part itself.")
                .arg(url.path().mid(base->size())),
            tr("Entra appends /Users, /Groups and the other resources to the Tenant URL, so they "
               "would appear "
               "twice."),
            tr("Use %1, the SCIM endpoint exactly as Insightly shows it.")
                .arg(result.suggestion.toString(QUrl::FullyEncoded)));
        return result;
    }

    if (scheme == u"http") {
        result.suggestion = url;
        result.suggestion.setScheme(QStringLiteral("https"));
        result.error = makeUserMessage(
            ScimInputCode::UrlHttp, tr("The Tenant URL must start with https://, not http://."),
            tr("Entra sends the Secret Token with every request; Microsoft requires an "
               "encrypted connection."),
            tr("Use %1, exactly as Insightly shows it.").arg(result.suggestion.toString(QUrl::FullyEncoded)));
        return result;
    }

    // Insightly does not publish the form of its SCIM endpoint (no public example per pod), so the check is
    // deliberately tolerant: any https address that is none of the mistakes above is accepted, whatever its
    // host and path, and the probe then shows whether it answers like SCIM. The query is kept: Entra reads flags such as ?aadOptscim062020 from it.
    url.setPath(trimmedPath.isEmpty() ? QString() : url.path().left(trimmedPath.size()));
    result.url = url;
    return result;
}

ScimTokenValidation ScimInputs::validateSecretToken(const QString &input) {
    ScimTokenValidation result;
    QString text = pasted::unwrapped(input);
    registerSecret(text); // from here on, never in a log
    if (result.error = checkPastedToken(text, tr("The Secret Token"), TextLimits::tokenChars, WhitespaceInside::CallerHandles); !result.error.isEmpty()) return result;
    if (text.isEmpty()) {
        result.error =
            makeUserMessage(ScimInputCode::TokenEmpty, tr("The Secret Token is empty."),
                            tr("Insightly only accepts provisioning requests that carry its SCIM token."),
                            whereToCopyToken());
        return result;
    }
    if (text != input.trimmed()) {
        result.notes << makeUserMessage(
            ScimInputCode::TokenCleaned, tr("Removed spaces, line breaks or quotes around the Secret Token."),
            tr("They come along when copying; they are not part of the token."), tr("Nothing to do."));
    }
    static const QRegularExpression bearer(QStringLiteral("^bearer(\\s+|$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto match = bearer.match(text); match.hasMatch()) {
        text = pasted::unwrapped(text.mid(match.capturedLength()));
        result.notes << makeUserMessage(
            ScimInputCode::TokenBearerStripped, tr("Removed \"Bearer\" in front of the Secret Token."),
            tr("Entra adds the word Bearer itself when it sends the token."), tr("Nothing to do."));
        if (text.isEmpty()) {
            result.error = makeUserMessage(ScimInputCode::TokenEmpty, tr("The Secret Token is empty."),
                                           tr("Only the word Bearer was pasted, without the token."),
                                           whereToCopyToken());
            return result;
        }
    }
    static const QRegularExpression urlLike(
        QStringLiteral("^(https?://|www\\.|crm\\.[a-z0-9-]+\\.insightly\\.com)"),
        QRegularExpression::CaseInsensitiveOption);
    if (urlLike.match(text).hasMatch()) {
        result.error = makeUserMessage(
            ScimInputCode::TokenIsUrl, tr("The Secret Token field holds a web address."),
            tr("The web address is the Tenant URL; the token is the long code shown with it in "
               "Insightly."),
            tr("Paste the address into Tenant URL instead. %1").arg(whereToCopyToken()));
        return result;
    }
    const QString compact = pasted::withoutSpaces(text);
    if (compact != text) {
        result.suggestion = compact;
        result.error = makeUserMessage(
            ScimInputCode::TokenWhitespaceInside, tr("The Secret Token contains spaces or line breaks."),
            tr("A token never contains them; mail and chat programs break long codes into "
               "lines, or two values "
               "were pasted together."),
            tr("Copy the token again in one piece, or check that the token without the "
               "spaces (ending in %1) is "
               "the one Insightly shows.")
                .arg(maskedToken(compact)));
        return result;
    }
    result.token = text;
    return result;
}

} // namespace insightly
