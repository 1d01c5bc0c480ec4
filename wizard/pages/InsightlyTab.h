#pragma once

#include "insightly/InsightlyUrls.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QVBoxLayout;

namespace insightly {

class EmbeddedBrowser;
class WizardContext;

// The one embedded Insightly browser of the wizard. The Instance page and the SAML hand-off show the same
// tab (it moves into whichever page is on screen), so the admin signs in to Insightly once.
//
// The readers below look at Insightly's SAML settings page by element id. Those ids are the simulator's
// (`signInPageUrl`, `uploadedThumbprint`, `enforceSaml`); on the real Insightly page they may not exist, and
// each reader then answers "not found" so that the page falls back to asking the admin.
class InsightlyTab : public QWidget
{
    Q_OBJECT
public:
    InsightlyTab(WizardContext &context, QWidget *parent = nullptr);

    EmbeddedBrowser *browser() const { return m_browser; }
    // Moves the tab into `layout` (a page's), keeping its session.
    void showIn(QVBoxLayout *layout, int stretch = 1);

    // Where Insightly lives: the simulator in demo/test mode, else the pod the admin picked or typed.
    InsightlyInstance instance() const { return m_instance; }
    void setInstance(const InsightlyInstance &instance) { m_instance = instance; }
    bool openSettingsPage(); // false when no instance is known yet

    // Each reader answers with an empty string / nullopt-like value when the element is not on the page.
    void readSignInPageUrl(std::function<void(const QString &)> done);
    void readUploadedThumbprint(std::function<void(const QString &)> done);
    // 1 = saved as ticked (the page as Insightly served it has the box ticked), 2 = ticked but not saved yet,
    // 0 = not ticked, -1 = the checkbox is not on the page.
    void readEnforceSamlChecked(std::function<void(int)> done);

private:
    void readText(const QString &script, std::function<void(const QString &)> done);

    WizardContext &m_context;
    EmbeddedBrowser *m_browser = nullptr;
    InsightlyInstance m_instance;
};

} // namespace insightly
