#pragma once

#include "insightly/InsightlyUrls.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QTabWidget;
class QVBoxLayout;

namespace insightly {

class EmbeddedBrowser;
class WizardContext;

// The one embedded Insightly browser of the wizard. The Instance page and the SAML hand-off show the same
// tab (it moves into whichever page is on screen), and every Insightly view shares the instance's persistent
// profile, so the admin signs in to Insightly once.
//
// The readers below look at Insightly's SAML settings page the way a person does: by the labels Insightly's
// help article names ("Sign-in page URL", "Enforce SAML Login"), never by element ids or classes, which
// Insightly does not promise to keep. Whatever a reader does not find it answers as "not found", and the
// page then asks the admin instead: the manual path is always there.
class InsightlyTab : public QWidget
{
    Q_OBJECT
public:
    InsightlyTab(WizardContext &context, QWidget *parent = nullptr);

    EmbeddedBrowser *browser() const { return m_browser; }
    // Moves the tab into `layout` (a page's), keeping its session.
    void showIn(QVBoxLayout *layout, int stretch = 1);

    // Where Insightly lives: the pod of the Sign-in page URL, or the one the admin picked.
    InsightlyInstance instance() const { return m_instance; }
    // Also joins the instance's persistent Insightly profile (WizardContext::insightlyProfile): the session
    // the admin signed in to here is the one every Insightly view of the wizard uses, in this run and the
    // next.
    void setInstance(const InsightlyInstance &instance);
    bool openSettingsPage(); // false when no instance is known yet
    // A re-run skips the Instance page: without an instance yet, take it from the saved Sign-in page URL.
    void useSavedInstance();
    // Moves the tab into `layout` and, the first time, opens Insightly's SAML and SCIM settings there.
    void showSettingsIn(QVBoxLayout *layout);
    // Adds a tab `title` to a page's `tabs` that shows this browser whenever it is the current tab
    // (showSettingsIn: it moves in from whichever page had it). Returns the tab's page.
    QWidget *addTabTo(QTabWidget *tabs, const QString &title);
    // For a page's initializePage(): when the current tab of `tabs` is the one addTabTo() made, moves the
    // browser in again (the shared tab may have moved to another page meanwhile).
    void showIfCurrent(QTabWidget *tabs);

    // Each reader answers with an empty string / nullopt-like value when the element is not on the page.
    void readSignInPageUrl(std::function<void(const QString &)> done);
    // A SHA-1 thumbprint shown next to the word "thumbprint", if the page shows one (optional: the article
    // does not name it).
    void readUploadedThumbprint(std::function<void(const QString &)> done);
    // The checkbox labelled "Enforce SAML Login": 1 = saved as ticked (the page as Insightly served it has
    // the box ticked), 2 = ticked but not saved yet, 0 = not ticked, -1 = the checkbox is not on the page.
    void readEnforceSamlChecked(std::function<void(int)> done);

private:
    void readText(const QString &script, std::function<void(const QString &)> done);

    WizardContext &m_context;
    EmbeddedBrowser *m_browser = nullptr;
    InsightlyInstance m_instance;
};

} // namespace insightly
