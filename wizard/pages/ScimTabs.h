#pragma once

#include <QString>

class QTabWidget;
class QVBoxLayout;
class QWidget;

namespace insightly {

class InsightlyTab;
class ScimStatusPanel;
class ScimTestResults;

// The shape both SCIM pages share (Step 3 and the SCIM token rotation): a tab for the connection — the page's
// own controls first, then the test results and the provisioning job's status (hidden until saved) — and
// Insightly's tab beside it. A page calls begin(), adds its controls to `layout`, then finish().
struct ScimTabs {
    QTabWidget *tabs = nullptr;
    QWidget *connection = nullptr; // the connection tab's page
    QVBoxLayout *layout = nullptr; // its layout, for the page's own controls
    ScimTestResults *results = nullptr;
    ScimStatusPanel *status = nullptr;

    static ScimTabs begin(QWidget *parent, const QString &objectName, const QString &accessibleName);
    // Adds the results and the status under the page's controls, the connection tab titled `title`, and the
    // Insightly tab.
    void finish(const QString &title, InsightlyTab *insightly, const QString &insightlyTitle);
};

} // namespace insightly
