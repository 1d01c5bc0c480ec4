#pragma once

#include "entra/AppAssignments.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QTimer;

namespace insightly {

class AssignFlow;

namespace entra {
class PrincipalSearchModel;
}

// Step 4's picker: find users and groups in the directory (searched once the admin pauses typing), assign the
// selected ones through AssignFlow, and follow the bulk run — a progress bar, its rate and what is left, and
// Cancel. Every word shown comes from the flow's state.
class AssignPickerPanel : public QWidget
{
    Q_OBJECT
public:
    AssignPickerPanel(AssignFlow *flow, QWidget *parent = nullptr);

    // Searches again with the text typed (after sign-in or Back), when no result is shown yet.
    void refresh();

private:
    void addSelected();
    void showProgress(const entra::BulkProgress &progress);
    void updateControls();

    AssignFlow *m_flow;
    QLineEdit *m_search = nullptr;
    QTimer *m_debounce = nullptr;
    QListView *m_results = nullptr;
    entra::PrincipalSearchModel *m_model = nullptr;
    QPushButton *m_add = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_rate = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace insightly
