#pragma once

#include "core/SecretStore.h"
#include "core/SetupState.h"
#include "entra/GalleryApplication.h"
#include "entra/Preflight.h"
#include "entra/ProvisioningStatus.h"
#include "entra/SigningCertificates.h"
#include "pages/StatusRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QUrl>

namespace insightly {

// What the status report read from Graph for the rows that are not a single entra operation's result.
struct SamlSettingsReading {
    UserMessage error;
    QString singleSignOnMode;    // servicePrincipal.preferredSingleSignOnMode
    QStringList identifierUris;  // application.identifierUris
    QStringList redirectUris;    // application.web.redirectUris
};

struct ProvisioningReading {
    UserMessage error;
    bool hasJob = false;
    entra::ProvisioningStatus status;
};

struct AssignmentCount {
    UserMessage error;
    int users = 0;
    int groups = 0;
    int others = 0; // service principals
};

// Turns what was read into rows: levels, words and actions. Pure functions (no I/O), so that every rule is
// tested without a tenant; the texts come from reference/errors.md and the wizard's own step names.
class StatusRowRules
{
    Q_DECLARE_TR_FUNCTIONS(StatusRowRules)

public:
    // The actions the report names, in the words of the Welcome page's choices.
    static QString runNewSetupAction(const QString &step);
    static QString rotateCertificateAction();

    static StatusRow tenant(const entra::SignedInIdentity &identity, const SetupState &state);
    static StatusRow instance(const SetupState &state, bool appFound);
    // `use` receives the app the other rows are about (SetupState's, or the only one from the template).
    static StatusRow application(const entra::ExistingApplications &found, entra::InsightlyApplication *use);
    static StatusRow samlSettings(const SamlSettingsReading &reading, const QUrl &signInPageUrl);
    static StatusRow certificate(const entra::CertificateInventory &inventory, const SetupState &state,
                                 const QDateTime &now);
    static StatusRow signInTest(const SetupState &state);
    static StatusRow enforceSaml(const SetupState &state);
    static StatusRow provisioning(const ProvisioningReading &reading);
    static StatusRow scimToken(const SecretResult &stored, bool provisioningSetUp);
    static StatusRow assignments(const AssignmentCount &count, qsizetype pendingInQueue);

    static StatusRow notApplicable(StatusRow::Id id, const QString &reason);
    static StatusRow unreadable(StatusRow::Id id, const UserMessage &error);
    static StatusRow loading(StatusRow::Id id);

    static QString when(const QDateTime &time);
};

} // namespace insightly
