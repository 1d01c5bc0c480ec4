#pragma once

#include <qcorotask.h>

#include "flows/StatusRow.h"
#include "pages/StepPage.h"

#include <QList>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace insightly {

class SetupStatusReport;

// The last page of every run, and the whole of "Check the status of an existing setup": the status of the
// tenant, app, SAML settings, certificate, sign-in test, provisioning and assignments, read live
// (SetupStatusReport), one row each with a symbol and a word (never colour alone) and what to do. Refresh,
// Cancel, "Copy report" (plain text, no secrets) and "Save report…" (HTML or text).
class SummaryPage : public StepPage
{
    Q_OBJECT
public:
    explicit SummaryPage(WizardContext &context, QWidget *parent = nullptr);
    ~SummaryPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    SetupStatusReport &report() const { return *m_report; }
    // Writes the report to `path`: HTML for .html/.htm, else plain text. "Save report…" asks for the path.
    bool saveReport(const QString &path);
    void refresh();

private:
    struct RowWidgets {
        QLabel *icon = nullptr;
        QLabel *text = nullptr;
    };
    void showRow(int index);
    void showProgress(int settled, int total);
    void showFinished(bool cancelled);
    void copyReport();
    void chooseFileAndSave();
    void showJournal();
    QCoro::Task<> setReminder(bool on);
    QString journalHtml() const;

    SetupStatusReport *m_report = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_saveResult = nullptr;
    QLabel *m_myApps = nullptr;
    QPushButton *m_remove = nullptr;
    QCheckBox *m_reminder = nullptr;
    QLabel *m_reminderResult = nullptr;
    QLabel *m_journal = nullptr;
    QList<RowWidgets> m_rows;
};

} // namespace insightly
