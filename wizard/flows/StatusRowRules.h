#pragma once

#include "core/SecretStore.h"
#include "core/SetupState.h"
#include "entra/GalleryLookup.h"
#include "entra/Preflight.h"
#include "entra/ProvisioningStatus.h"
#include "entra/SetupReadings.h"
#include "entra/SigningCertificates.h"
#include "flows/StatusRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QUrl>

namespace insightly {

// Turns what was read into rows: levels, words and actions. Pure functions (no I/O), so that every rule is
// tested without a tenant; the texts name the Entra and Insightly screens and the wizard's own step names.
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
    static StatusRow samlSettings(const entra::SamlSettingsReading &reading, const QUrl &signInPageUrl);
    static StatusRow certificate(const entra::CertificateInventory &inventory, const SetupState &state,
                                 const QDateTime &now);
    static StatusRow signInTest(const SetupState &state);
    static StatusRow enforceSaml(const SetupState &state);
    static StatusRow provisioning(const entra::ProvisioningReading &reading);
    static StatusRow scimToken(const SecretResult &stored, bool provisioningSetUp);
    static StatusRow assignments(const entra::AssignmentCount &count, qsizetype pendingInQueue);

    static StatusRow notApplicable(StatusRow::Id id, const QString &reason);
    static StatusRow unreadable(StatusRow::Id id, const UserMessage &error);
    static StatusRow loading(StatusRow::Id id);

    static QString when(const QDateTime &time);
};

} // namespace insightly
