#pragma once

#include "entra/ProvisionOnDemand.h"

#include <QWidget>

class QListWidget;
class QPushButton;
class QTreeWidget;

namespace insightly {

class AssignFlow;
class ItemDetails;

// Step 4's list of who is assigned now (from AssignFlow), with "Remove selected" and "Provision selected
// users now": each user's on-demand answer and Entra's steps in a table that elides in the middle, the full
// text in tooltips and in the details line under it.
class AssignedUsersPanel : public QWidget
{
    Q_OBJECT
public:
    AssignedUsersPanel(AssignFlow *flow, QWidget *parent = nullptr);

private:
    void showCurrent();
    void showOutcome(const entra::OnDemandOutcome &outcome);
    void removeSelected();
    void provisionSelected();
    void updateControls();

    AssignFlow *m_flow;
    QListWidget *m_current = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_provision = nullptr;
    QTreeWidget *m_results = nullptr;
    ItemDetails *m_details = nullptr;
};

} // namespace insightly
