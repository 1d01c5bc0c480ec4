#pragma once

#include <QString>
#include <QUrl>

namespace insightly {

struct SetupState;

// What tells one setup from another: the Entra tenant and the Insightly instance it connects. An admin of
// several tenants or instances (a consultancy, a company with a sandbox) has one setup per pair, each with
// its own saved state, journal, keychain entries and weekly check. A new setup has no instance until the
// Instance step; its key is then the tenant alone.
struct SetupKey {
    QString tenantId;   // Entra tenant id or domain (case-insensitive)
    QString instanceId; // Insightly's instanceId (from the Sign-in page URL); empty before it is known

    static SetupKey of(const SetupState &state);
    // The inverse of id().
    static SetupKey fromId(const QString &id);

    bool isEmpty() const { return tenantId.isEmpty(); }
    // "tenant" or "tenant@instance", the tenant in lower case: one setup, one id, whatever the case.
    QString id() const;

    friend bool operator==(const SetupKey &a, const SetupKey &b) { return a.id() == b.id(); }
};

// Whether `state` is the setup of `instance`: Insightly's Sign-in page URL (host, and its instanceId when the
// URL has one) or just its host name.
bool isSetupOfInstance(const SetupState &state, const QUrl &instance);

} // namespace insightly
