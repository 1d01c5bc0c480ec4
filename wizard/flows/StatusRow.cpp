#include "flows/StatusRow.h"

namespace insightly {

QString StatusRow::levelText(Level level)
{
    switch (level) {
    case Level::Loading:
        return tr("Reading");
    case Level::Ok:
        return tr("OK");
    case Level::Warning:
        return tr("Warning");
    case Level::Error:
        return tr("Error");
    case Level::Unknown:
        return tr("Unknown");
    case Level::NotApplicable:
        return tr("Not applicable");
    }
    return {};
}

QString StatusRow::levelSymbol(Level level)
{
    switch (level) {
    case Level::Loading:
        return QStringLiteral("\u2026"); // …
    case Level::Ok:
        return QStringLiteral("\u2713"); // ✓
    case Level::Warning:
        return QStringLiteral("\u26A0"); // ⚠
    case Level::Error:
        return QStringLiteral("\u2717"); // ✗
    case Level::Unknown:
        return QStringLiteral("?");
    case Level::NotApplicable:
        return QStringLiteral("\u2013"); // –
    }
    return {};
}

QString StatusRow::levelKey(Level level)
{
    switch (level) {
    case Level::Loading:
        return QStringLiteral("loading");
    case Level::Ok:
        return QStringLiteral("ok");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Error:
        return QStringLiteral("error");
    case Level::Unknown:
        return QStringLiteral("unknown");
    case Level::NotApplicable:
        return QStringLiteral("not-applicable");
    }
    return {};
}

QString StatusRow::titleOf(Id id)
{
    switch (id) {
    case Id::Tenant:
        return tr("Microsoft Entra tenant");
    case Id::Instance:
        return tr("Insightly instance");
    case Id::Application:
        return tr("Enterprise application");
    case Id::SamlSettings:
        return tr("SAML single sign-on settings");
    case Id::Certificate:
        return tr("SAML signing certificate");
    case Id::SignInTest:
        return tr("Sign-in test");
    case Id::EnforceSaml:
        return tr("Enforce SAML Login");
    case Id::Provisioning:
        return tr("Provisioning (SCIM)");
    case Id::ScimToken:
        return tr("SCIM token in the keychain");
    case Id::Assignments:
        return tr("Assigned users and groups");
    }
    return {};
}

QString StatusRow::idKey(Id id)
{
    switch (id) {
    case Id::Tenant:
        return QStringLiteral("tenant");
    case Id::Instance:
        return QStringLiteral("instance");
    case Id::Application:
        return QStringLiteral("application");
    case Id::SamlSettings:
        return QStringLiteral("samlSettings");
    case Id::Certificate:
        return QStringLiteral("certificate");
    case Id::SignInTest:
        return QStringLiteral("signInTest");
    case Id::EnforceSaml:
        return QStringLiteral("enforceSaml");
    case Id::Provisioning:
        return QStringLiteral("provisioning");
    case Id::ScimToken:
        return QStringLiteral("scimToken");
    case Id::Assignments:
        return QStringLiteral("assignments");
    }
    return {};
}

QList<StatusRow::Id> StatusRow::allIds()
{
    return {Id::Tenant,     Id::Instance,    Id::Application,  Id::SamlSettings, Id::Certificate,
            Id::SignInTest, Id::EnforceSaml, Id::Provisioning, Id::ScimToken,    Id::Assignments};
}

} // namespace insightly
