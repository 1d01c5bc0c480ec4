#pragma once

#include "core/SetupKey.h"
#include "pages/WizardContext.h"

#include <QIcon>
#include <QList>
#include <QWizard>

#include <utility>

namespace insightly {

class InsightlyTab;

// The wizard window: a thin QWizard that only owns the page sequence; the pages do the work.
//
// Start light: only the Welcome page exists when the window first appears. Every other page is built when the
// wizard moves to it (validateCurrentPage(), just before QWizard switches), or when code asks for it by id
// (page(), setStartId()). The window opens at a size that fits the content and the screen, and remembers its
// size and position.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    // New ids go at the end: tests and saved screenshots name pages by these values.
    enum PageId {
        Welcome,
        SignIn,
        Instance,
        App,
        Saml,
        Scim,
        Assign,
        Summary,
        RotateCertificate,
        RotateScimToken
    };
    Q_ENUM(PageId)

    explicit SetupWizard(WizardContext &context, QWidget *parent = nullptr);

    // The page sequence of the mode chosen on the Welcome page (WizardContext::mode()):
    // new setup: Welcome, SignIn, Instance, App, Saml, Scim, Assign, Summary;
    // rotate the certificate: Welcome, SignIn, RotateCertificate, Summary;
    // rotate the SCIM token: Welcome, SignIn, RotateScimToken, Summary;
    // check status: Welcome, SignIn, Summary.
    int nextId() const override;
    static QList<int> sequence(WizardMode mode);
    // Every page id the wizard knows, built or not.
    static QList<int> allPageIds();

    // The page with this id, built now if it was not yet (QWizard::page() answers only for built pages).
    QWizardPage *page(int id) const;
    // Builds the page first, so that a test or a caller may start anywhere.
    void setStartId(int id);
    // Whether the page exists yet (pageIds() lists the built ones).
    bool isPageBuilt(int id) const;

    // Opened on a setup from outside (--open, a click on the weekly check's notification): `mode` is the page
    // to show (the status page, or a rotation) for `setup`. With a known setup the wizard starts at the
    // sign-in, which restores that tenant's saved session, and goes on to the mode's page by itself once the
    // sign-in checks passed; without one it starts on the Welcome page with the mode chosen, where the admin
    // picks the setup.
    void openSetup(WizardMode mode, const SetupKey &setup);
    static int startPageFor(WizardMode mode, bool setupKnown);

    // Where the window's size and position are kept between runs (QSettings).
    static QString geometrySettingsKey();

    // The application's window icon: the PNG set embedded under :/icons/ (packaging/CMakeLists.txt), one file
    // per size. Start light: a file is read only when a pixmap of its size is first asked for (QIcon::addFile
    // decodes every file at once, the 512-pixel one included, before the first window exists).
    static QIcon applicationIcon();
    // An icon over image files, one per size, read on first use: availableSizes() lists `files` without
    // reading them; pixmap() reads the smallest file at least as large as asked (else the largest) and scales
    // it down, never up.
    static QIcon iconFromFiles(const QList<std::pair<QSize, QString>> &files);

protected:
    bool validateCurrentPage() override;
    void done(int result) override;

private:
    QWizardPage *buildPage(int id);
    InsightlyTab *insightlyTab();
    void applyInitialGeometry();
    void saveGeometrySetting() const;

    WizardContext &m_context;
    InsightlyTab *m_insightlyTab = nullptr;
    bool m_advanceAfterSignIn = false; // openSetup(): on from the sign-in once it is complete, once
};

} // namespace insightly
