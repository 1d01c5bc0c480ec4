#pragma once

#include "flows/RemoveSetupFlow.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace insightly {

// "Remove what this wizard created": lists exactly what will be removed, what stays and what the admin must
// do in Insightly (which the wizard cannot undo), asks for an explicit confirmation, then runs
// RemoveSetupFlow and shows what was removed — or why it stopped and what to do.
class RemoveSetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RemoveSetupDialog(FlowContext context, QWidget *parent = nullptr);

    bool removed() const { return m_removed; }
    static QString planHtml(const RemovalPlan &plan);

private:
    void remove();
    void showOutcome(const RemoveSetupFlow::Outcome &outcome);

    RemoveSetupFlow *m_flow;
    QLabel *m_plan;
    QCheckBox *m_understood;
    QLabel *m_status;
    QPushButton *m_remove;
    QPushButton *m_close;
    bool m_removed = false;
};

} // namespace insightly
