#include "pages/ScimTabs.h"

#include "pages/InsightlyTab.h"
#include "pages/ScimStatusPanel.h"
#include "pages/ScimTestResults.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace insightly {

ScimTabs ScimTabs::begin(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    ScimTabs built;
    built.tabs = new QTabWidget(parent);
    built.tabs->setObjectName(objectName);
    built.tabs->setAccessibleName(accessibleName);
    built.tabs->setDocumentMode(true);
    built.connection = new QWidget(built.tabs);
    built.layout = new QVBoxLayout(built.connection);
    return built;
}

void ScimTabs::finish(const QString &title, InsightlyTab *insightly, const QString &insightlyTitle)
{
    results = new ScimTestResults(connection);
    layout->addWidget(results);
    status = new ScimStatusPanel(connection);
    status->hide();
    layout->addWidget(status);
    layout->addStretch(1);
    tabs->addTab(connection, title);
    insightly->addTabTo(tabs, insightlyTitle);
}

} // namespace insightly
