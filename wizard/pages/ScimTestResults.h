#pragma once

#include "entra/Provisioning.h"
#include "flows/ScimFlow.h"
#include "insightly/ScimProbe.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace insightly {

class ItemDetails;

// The two connection tests side by side: the wizard's own probe as a table (✓/✗, what was seen, time, cause
// and fix) and Entra's Test Connection — its answer verbatim next to the wizard's reading of it.
class ScimTestResults : public QWidget
{
    Q_OBJECT
public:
    explicit ScimTestResults(QWidget *parent = nullptr);

    // Shows each test `flow` runs, row by row as the checks finish.
    void follow(ScimFlow *flow);
    void clear();
    void showRunning();
    void setCheck(const ScimCheck &check); // one probe row, as it finishes
    void setProbeReport(const ScimProbeReport &report);
    void setEntraRunning();
    void setEntraResult(const entra::CredentialTestResult &result);
    void setEntraError(const UserMessage &message); // the test could not run (no job, no sign-in)

    // Plain text of both results for "Copy diagnostics" (never contains the token).
    QString diagnostics() const;

private:
    QTableWidget *m_table = nullptr;
    QLabel *m_entra = nullptr;
    ItemDetails *m_details = nullptr;
};

} // namespace insightly
