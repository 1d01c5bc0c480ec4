#pragma once

#include "core/UserMessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace insightly {

// Where one Insightly instance lives: its pod (na1, eu1, au1, …), as its Sign-in page URL names it.
class InsightlyInstance {
public:
    InsightlyInstance() = default;
    static InsightlyInstance forPod(const QString &pod);

    bool isNull() const { return m_pod.isEmpty(); }
    QString pod() const { return m_pod; }

    QUrl crmBaseUrl() const;      // https://crm.<pod>.insightly.com
    QUrl settingsPageUrl() const; // where the admin finds the Sign-in page URL, SAML upload and SCIM
    QUrl restBaseUrl() const;     // https://api.<pod>.insightly.com/v3.1/

private:
    QString m_pod;
};

// Message codes of SignInUrlValidation::error (one per usual mistake) and ::notes.
namespace SignInUrlCode {
inline constexpr auto Empty = "insightly-url.empty";
inline constexpr auto NotAUrl = "insightly-url.not-a-url";
inline constexpr auto SettingsPage = "insightly-url.settings-page";
inline constexpr auto Http = "insightly-url.http";
inline constexpr auto EntraSignIn = "insightly-url.entra-sign-in";
inline constexpr auto MyApps = "insightly-url.my-apps";
inline constexpr auto AdminPortal = "insightly-url.admin-portal";
inline constexpr auto InsightlyApi = "insightly-url.insightly-api";
inline constexpr auto InsightlyWebsite = "insightly-url.insightly-website";
inline constexpr auto ScimEndpoint = "insightly-url.scim-endpoint";
inline constexpr auto OtherHost = "insightly-url.other-host";
inline constexpr auto WrongPath = "insightly-url.wrong-path";
inline constexpr auto MissingInstanceId = "insightly-url.missing-instance-id";
// Notes: the URL is accepted.
inline constexpr auto Cleaned = "insightly-url.cleaned";
inline constexpr auto SchemeAdded = "insightly-url.scheme-added";
inline constexpr auto UnconfirmedPod = "insightly-url.unconfirmed-pod";
} // namespace SignInUrlCode

struct SignInUrlValidation {
    QUrl url; // the cleaned Sign-in page URL: the value for Identifier and Reply URL
    QString instanceId;
    InsightlyInstance instance;
    QList<UserMessage> notes; // what was fixed silently, or is worth knowing; the URL is still accepted
    UserMessage error;        // empty when the URL is accepted
    QUrl suggestion;          // a corrected URL to offer, when there is an obvious one (http → https)

    bool isValid() const { return error.isEmpty(); }
};

// Insightly's addresses: validating the Sign-in page URL the admin pastes
// (https://crm.<pod>.insightly.com/user/saml?instanceId=<id>, the Identifier and Reply URL pattern of
// https://learn.microsoft.com/entra/identity/saas-apps/insightly-saml-tutorial), and the pages and APIs
// that follow from it.
class InsightlyUrls {
    Q_DECLARE_TR_FUNCTIONS(InsightlyUrls)

public:
    static SignInUrlValidation validateSignInPageUrl(const QString &input);

    static QUrl settingsPageUrl(const QString &pod);
    static QUrl restBaseUrl(const QString &pod);
    static bool isConfirmedPod(const QString &pod); // na1, eu1, au1
};

} // namespace insightly
