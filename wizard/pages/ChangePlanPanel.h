#pragma once

#include "flows/ChangePlan.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;

namespace insightly {

class WizardContext;

// "What will change": a compact, collapsible list of the changes a step is about to make, read live from the
// tenant (ChangePlan) each time the page is shown. Collapsed it is one line ("3 changes: create …"), so the
// page's primary action stays in view. When the step has run (stepFinished()), the journal gets one entry
// saying whether the Graph writes it saw matched the plan — unless the step started before the plan was read.
class ChangePlanPanel : public QWidget
{
    Q_OBJECT
public:
    ChangePlanPanel(WizardContext &context, PlannedChange::Step step, QWidget *parent = nullptr);

    const QList<PlannedChange> &changes() const { return m_changes; }
    QString summaryText() const;
    bool isReading() const { return m_reading; }

public Q_SLOTS:
    void refresh();      // reads the plan again (not while the step runs)
    void stepStarted();  // the step's writes begin: a plan read from now on would not be "before"
    void stepFinished(); // compares the step's writes with the plan and journals the outcome once

Q_SIGNALS:
    void planRead();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QCoro::Task<> read();
    void display(const ChangePlanResult &plan);
    void compareWithJournal(); // once per plan: the journal records whether the step matched it

    WizardContext &m_context;
    PlannedChange::Step m_step;
    QToolButton *m_toggle = nullptr;
    QTreeWidget *m_list = nullptr;
    QList<PlannedChange> m_changes;
    QString m_tenant;
    qsizetype m_journalMark = -1; // journal entries before the step started; -1 = no plan to compare with
    bool m_reading = false;
    bool m_running = false;
    bool m_readAgain = false; // the step finished while a read was under way: read once more after it
};

} // namespace insightly
