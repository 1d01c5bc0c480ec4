#pragma once

#include "core/UserMessage.h"
#include "flows/FlowContext.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>
#include <qcorotask.h>

namespace insightly {

struct SetupState;

// What "Remove what this wizard created" will do, decided from SetupState before anything is removed, so the
// confirmation lists exactly that. The enterprise app is deleted only when this wizard added it (Step 1
// recorded SetupState::appCreatedByWizard): deleting the application object also deletes its service
// principal, with the signing certificates, user and group assignments and the provisioning job that live on
// it (https://learn.microsoft.com/graph/api/application-delete). An app the wizard found is never touched.
struct RemovalPlan {
    Q_DECLARE_TR_FUNCTIONS(RemovalPlan)

public:
    QString applicationObjectId; // empty when the app is not the wizard's to delete
    QString servicePrincipalId;
    QStringList removes;        // each thing that will be removed, one sentence each
    QStringList keeps;          // each thing that stays, with why
    QStringList insightlySteps; // what the admin does in Insightly (cannot be undone from here), in order

    bool deletesApplication() const { return !applicationObjectId.isEmpty(); }
    static RemovalPlan forState(const SetupState &state);
};

// Removes what the plan lists: the application (when the wizard created it), then the setup's secrets in the
// keychain (SCIM token, Insightly API key), then the setup's saved state — keeping the tenant, so the next
// run starts at Step 1. Safe to run again after an interruption: an app that is already gone counts as
// removed.
class RemoveSetupFlow : public QObject
{
    Q_OBJECT
public:
    struct Outcome {
        bool ok = false;
        QStringList removed; // sentences, in the order done
        UserMessage problem; // why it stopped (nothing after the failing part was removed)
    };

    explicit RemoveSetupFlow(FlowContext context, QObject *parent = nullptr);

    RemovalPlan plan() const;
    QCoro::Task<Outcome> run();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressChanged(const QString &sentence);
    void finished(const insightly::RemoveSetupFlow::Outcome &outcome);

private:
    FlowContext m_context;
    bool m_running = false;
};

} // namespace insightly
