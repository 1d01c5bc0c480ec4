#include "insightly/InsightlyUrls.h"

#include "insightly/PastedText.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcInsightlyUrls, "insightly.insightly.urls")

namespace insightly {

namespace {

QString whereToCopy() {
    return InsightlyUrls::tr(
        "In Insightly open System Settings, Security, SAML and SCIM, and copy the Sign-in page URL shown "
        "there (it looks like https://crm.na1.insightly.com/user/saml?instanceId=…).");
}

UserMessage wrongThing(const char *code, const QString &what, const QString &why = {}) {
    return makeUserMessage(
        code, what,
        why.isEmpty()
            ? InsightlyUrls::tr("The wizard needs Insightly's Sign-in page URL, which Entra uses as "
                                "Identifier (Entity ID) and Reply URL.")
            : why,
        whereToCopy());
}

// The right message for a host that is not crm.<pod>.insightly.com: say which thing it is.
UserMessage hostMistake(const QString &host) {
    static const QRegularExpression entraSignIn(
        QStringLiteral("^(login\\.microsoftonline\\.(com|us)|login\\.partner\\.microsoftonline\\.cn|"
                       "login\\.microsoft\\.com|login\\.windows\\.net|sts\\.windows\\.net)$"));
    static const QRegularExpression myApps(
        QStringLiteral("^((launcher\\.)?myapps\\.microsoft\\.com|myapplications\\.microsoft\\.com)$"));
    static const QRegularExpression adminPortal(QStringLiteral(
        "^(portal\\.azure\\.(com|us|cn)|entra\\.microsoft\\.com|aad\\.portal\\.azure\\.com)$"));
    static const QRegularExpression insightlyApi(QStringLiteral("^api\\.[a-z0-9-]+\\.insightly\\.com$"));
    static const QRegularExpression insightlyWebsite(
        QStringLiteral("^((www\\.)?insightly\\.com|(support\\.)?insight\\.ly|support\\.insightly\\.com)$"));

    if (entraSignIn.match(host).hasMatch())
        return wrongThing(
            SignInUrlCode::EntraSignIn,
            InsightlyUrls::tr("That is a Microsoft Entra sign-in address (%1), not Insightly's Sign-in page URL.")
                .arg(host),
            InsightlyUrls::tr("Entra's Login URL goes into Insightly; here the wizard needs the opposite "
                   "direction: Insightly's own address."));
    if (myApps.match(host).hasMatch())
        return wrongThing(
            SignInUrlCode::MyApps,
            InsightlyUrls::tr("That is the My Apps portal (%1), where users start Insightly after setup, not "
                   "Insightly's Sign-in page URL.")
                .arg(host));
    if (adminPortal.match(host).hasMatch())
        return wrongThing(
            SignInUrlCode::AdminPortal,
            InsightlyUrls::tr("That is a page of the Microsoft admin portal (%1), not Insightly's Sign-in page "
                   "URL.")
                .arg(host));
    if (insightlyApi.match(host).hasMatch())
        return wrongThing(
            SignInUrlCode::InsightlyApi,
            InsightlyUrls::tr("That is Insightly's REST API address (%1), not the Sign-in page URL.").arg(host),
            InsightlyUrls::tr("The Sign-in page URL is on crm.<pod>.insightly.com, not on api.<pod>."));
    if (insightlyWebsite.match(host).hasMatch())
        return wrongThing(SignInUrlCode::InsightlyWebsite,
                          InsightlyUrls::tr("That is Insightly's public website or help centre (%1), not your Insightly "
                                 "instance's Sign-in page URL.")
                              .arg(host));
    return wrongThing(SignInUrlCode::OtherHost,
                      InsightlyUrls::tr("The address %1 is not an Insightly CRM address.").arg(host),
                      InsightlyUrls::tr("Insightly's Sign-in page URL is on crm.<pod>.insightly.com, for example "
                             "crm.na1.insightly.com."));
}

} // namespace

InsightlyInstance InsightlyInstance::forPod(const QString &pod) {
    InsightlyInstance instance;
    instance.m_pod = pod.trimmed().toLower();
    return instance;
}

QUrl InsightlyInstance::crmBaseUrl() const {
    if (m_pod.isEmpty())
        return {};
    return QUrl(QStringLiteral("https://crm.%1.insightly.com").arg(m_pod));
}

QUrl InsightlyInstance::settingsPageUrl() const {
    QUrl url = crmBaseUrl();
    if (url.isValid())
        url.setPath(QStringLiteral("/settings/Saml"));
    return url;
}

QUrl InsightlyInstance::restBaseUrl() const {
    if (m_pod.isEmpty())
        return {};
    return QUrl(QStringLiteral("https://api.%1.insightly.com/v3.1/").arg(m_pod));
}

QUrl InsightlyUrls::settingsPageUrl(const QString &pod) {
    return InsightlyInstance::forPod(pod).settingsPageUrl();
}

QUrl InsightlyUrls::restBaseUrl(const QString &pod) {
    return InsightlyInstance::forPod(pod).restBaseUrl();
}

bool InsightlyUrls::isConfirmedPod(const QString &pod) {
    return pod == u"na1" || pod == u"eu1" || pod == u"au1";
}

SignInUrlValidation InsightlyUrls::validateSignInPageUrl(const QString &input) {
    SignInUrlValidation result;
    // Spaces and line breaks anywhere come from wrapped text: a URL never contains them.
    QString text = pasted::unwrapped(pasted::withoutSpaces(input));
    if (text.isEmpty()) {
        result.error = makeUserMessage(
            SignInUrlCode::Empty, tr("The Sign-in page URL is empty."),
            tr("The wizard needs Insightly's Sign-in page URL to configure single sign-on."), whereToCopy());
        return result;
    }
    if (text != input.trimmed() && !input.trimmed().isEmpty()) {
        result.notes << makeUserMessage(
            SignInUrlCode::Cleaned, tr("Removed spaces, line breaks or quotes around the URL."),
            tr("They come along when copying from mail or documents; a URL never contains "
               "them."),
            tr("Nothing to do; check that the URL below is the one Insightly shows."));
    }

    // "crm.na1.insightly.com/user/saml?…" without a scheme: a host followed by a path.
    static const QRegularExpression bareHost(
        QStringLiteral("^([a-z0-9-]+(\\.[a-z0-9-]+)+|\\[[0-9a-f:.]+\\])(:\\d+)?(/|$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(QStringLiteral("://")) && bareHost.match(text).hasMatch()) {
        text.prepend(QStringLiteral("https://"));
        result.notes << makeUserMessage(
            SignInUrlCode::SchemeAdded, tr("Added https:// in front of the address."),
            tr("The pasted text started with the host name."),
            tr("Nothing to do; check that the URL below is the one Insightly shows."));
    }

    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http")) {
        result.error = makeUserMessage(
            SignInUrlCode::NotAUrl, tr("That is not a web address."),
            tr("A Sign-in page URL starts with https:// followed by crm.<pod>.insightly.com."),
            whereToCopy());
        return result;
    }
    const QString host = url.host().toLower();
    const QString path = url.path();

    // The SCIM endpoint sits on an Insightly host too (its exact form per pod is unconfirmed), so look at the
    // path before the host.
    if (path.contains(QStringLiteral("scim"), Qt::CaseInsensitive) &&
        host.endsWith(QStringLiteral(".insightly.com"))) {
        result.error = wrongThing(SignInUrlCode::ScimEndpoint,
                                  tr("That is Insightly's SCIM endpoint, not the Sign-in page URL."),
                                  tr("The SCIM endpoint is for provisioning (Tenant URL), a later step."));
        return result;
    }

    static const QRegularExpression crmHost(QStringLiteral("^crm\\.([a-z]{2}\\d+)\\.insightly\\.com$"));
    const auto crmMatch = crmHost.match(host);
    if (crmMatch.hasMatch()) {
        result.instance = InsightlyInstance::forPod(crmMatch.captured(1));
    } else {
        result.error = hostMistake(host);
        return result;
    }

    QString normalizedPath = path.toLower();
    while (normalizedPath.endsWith(u'/'))
        normalizedPath.chop(1);
    if (normalizedPath == u"/settings/saml") {
        result.error = makeUserMessage(
            SignInUrlCode::SettingsPage,
            tr("That is the SAML settings page; copy the Sign-in page URL shown on it."),
            tr("The settings page's own address is not the value Entra needs."), whereToCopy());
        return result;
    }
    if (normalizedPath != u"/user/saml") {
        result.error = wrongThing(SignInUrlCode::WrongPath,
                                  tr("That is an Insightly page (%1), but not the Sign-in page URL.")
                                      .arg(path.isEmpty() ? QStringLiteral("/") : path),
                                  tr("The Sign-in page URL ends in /user/saml?instanceId=…"));
        return result;
    }
    if (scheme == u"http") {
        result.suggestion = url;
        result.suggestion.setScheme(QStringLiteral("https"));
        result.error = makeUserMessage(
            SignInUrlCode::Http, tr("The Sign-in page URL must start with https://, not http://."),
            tr("Entra posts the sign-in to this address; it has to be encrypted."),
            tr("Use %1, exactly as Insightly shows it.").arg(result.suggestion.toString()));
        return result;
    }

    result.instanceId =
        QUrlQuery(url).queryItemValue(QStringLiteral("instanceId"), QUrl::FullyDecoded).trimmed();
    if (result.instanceId.isEmpty()) {
        result.error = makeUserMessage(
            SignInUrlCode::MissingInstanceId, tr("The Sign-in page URL is missing its instanceId."),
            tr("Insightly tells its instances apart by the ?instanceId=… part at the end; the "
               "copied text stops before it."),
            whereToCopy());
        return result;
    }

    // Only na1, eu1 and au1 appear in public examples (e.g. na1 and au1 in
    // https://learn.microsoft.com/entra/identity/saas-apps/insightly-saml-tutorial); other pods may exist,
    // so a well-formed unknown pod is accepted with a note instead of refused.
    if (!isConfirmedPod(result.instance.pod())) {
        result.notes << makeUserMessage(
            SignInUrlCode::UnconfirmedPod,
            tr("The Insightly pod \"%1\" is not one the wizard knows (na1, eu1, au1).")
                .arg(result.instance.pod()),
            tr("Insightly may run more pods than it documents."),
            tr("Check that the address is exactly the one Insightly shows; if it is, go on."));
    }
    // Kept as pasted (apart from the cleaning): Entra must hold exactly the value Insightly expects.
    result.url = url;
    qCDebug(lcInsightlyUrls) << "Accepted Sign-in page URL on pod" << result.instance.pod();
    return result;
}

} // namespace insightly
