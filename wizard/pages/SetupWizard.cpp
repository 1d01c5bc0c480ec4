#include "pages/SetupWizard.h"

#include "config.h"
#include "core/SetupStateStore.h"
#include "pages/AppPage.h"
#include "pages/AssignPage.h"
#include "pages/InsightlyTab.h"
#include "pages/InstancePage.h"
#include "pages/RotateCertificatePage.h"
#include "pages/RotateScimTokenPage.h"
#include "pages/SamlPage.h"
#include "pages/ScimPage.h"
#include "pages/SignInPage.h"
#include "pages/SummaryPage.h"
#include "pages/WelcomePage.h"
#include "pages/WizardContext.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QStyleOption>

#include <algorithm>

namespace insightly {

namespace {
// Room for the window's frame and title bar, which are not known before the window is mapped.
constexpr QSize kDecorationAllowance(16, 48);
// What the pages are laid out for: the instructions beside an embedded browser that shows a desktop page.
constexpr QSize kPreferredSize(1120, 700);
// Small enough for 1280×720 at 125 % (1024×576 logical pixels, less a task bar).
constexpr QSize kMinimumSize(640, 440);

// One image file per size, read when a pixmap of that size is first needed (see SetupWizard::iconFromFiles).
class FileSetIconEngine : public QIconEngine
{
public:
    explicit FileSetIconEngine(QList<std::pair<QSize, QString>> files)
        : m_files(std::move(files))
    {
        std::sort(m_files.begin(), m_files.end(), [](const auto &a, const auto &b) {
            return qint64(a.first.width()) * a.first.height() < qint64(b.first.width()) * b.first.height();
        });
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : qreal(1);
        const QPixmap pm = pixmap((QSizeF(rect.size()) * ratio).toSize(), mode, state);
        painter->drawPixmap(rect, pm);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const qsizetype at = bestFor(size);
        if (at < 0)
            return {};
        const QSize file = m_files.at(at).first;
        return file.width() <= size.width() && file.height() <= size.height()
                   ? file
                   : file.scaled(size, Qt::KeepAspectRatio);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const qsizetype at = bestFor(size);
        if (at < 0)
            return {};
        QPixmap &loaded = m_loaded[at];
        if (loaded.isNull())
            loaded = QPixmap(m_files.at(at).second);
        QPixmap pm = loaded;
        if (!pm.isNull() && (pm.width() > size.width() || pm.height() > size.height()))
            pm = pm.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (!pm.isNull() && mode != QIcon::Normal &&
            qobject_cast<QApplication *>(QCoreApplication::instance())) {
            QStyleOption option;
            option.palette = QApplication::palette();
            pm = QApplication::style()->generatedIconPixmap(mode, pm, &option);
        }
        return pm;
    }

    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        QList<QSize> sizes;
        if (mode != QIcon::Normal || state != QIcon::Off)
            return sizes;
        for (const auto &file : std::as_const(m_files))
            sizes.append(file.first);
        return sizes;
    }

    QString key() const override { return QStringLiteral("insightly-file-set"); }
    QIconEngine *clone() const override { return new FileSetIconEngine(*this); }
    bool isNull() override { return m_files.isEmpty(); }

private:
    // The smallest file at least as large as `size` in both directions, else the largest; -1 without files.
    qsizetype bestFor(const QSize &size) const
    {
        for (qsizetype i = 0; i < m_files.size(); ++i)
            if (m_files.at(i).first.width() >= size.width() && m_files.at(i).first.height() >= size.height())
                return i;
        return m_files.size() - 1;
    }

    QList<std::pair<QSize, QString>> m_files; // smallest first
    QHash<qsizetype, QPixmap> m_loaded;
};

} // namespace

QIcon SetupWizard::iconFromFiles(const QList<std::pair<QSize, QString>> &files)
{
    return QIcon(new FileSetIconEngine(files));
}

QIcon SetupWizard::applicationIcon()
{
    QList<std::pair<QSize, QString>> files;
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
        files.append(
            {QSize(size, size), QStringLiteral(":/icons/" INSIGHTLY_EXECUTABLE_NAME "-%1.png").arg(size)});
    return iconFromFiles(files);
}

SetupWizard::SetupWizard(WizardContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("%1").arg(QStringLiteral(INSIGHTLY_PRODUCT_NAME)));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);

    // Only the first page now; the others when the wizard moves to them.
    buildPage(Welcome);
    QWizard::setStartId(Welcome);

    setMinimumSize(kMinimumSize);
    applyInitialGeometry();
}

QList<int> SetupWizard::allPageIds()
{
    return {Welcome, SignIn, Instance, App, Saml, Scim, Assign, Summary, RotateCertificate, RotateScimToken};
}

QList<int> SetupWizard::sequence(WizardMode mode)
{
    switch (mode) {
    case WizardMode::RotateCertificate:
        return {Welcome, SignIn, RotateCertificate, Summary};
    case WizardMode::RotateScimToken:
        return {Welcome, SignIn, RotateScimToken, Summary};
    case WizardMode::CheckStatus:
        return {Welcome, SignIn, Summary};
    case WizardMode::NewSetup:
        break;
    }
    return {Welcome, SignIn, Instance, App, Saml, Scim, Assign, Summary};
}

int SetupWizard::nextId() const
{
    const QList<int> pages = sequence(m_context.mode());
    const qsizetype at = pages.indexOf(currentId());
    // A page outside the mode's sequence (a test's start page, or the mode changed behind it): on to the
    // summary, the one page every mode ends with.
    if (at < 0)
        return currentId() == Summary ? -1 : int(Summary);
    return at + 1 < pages.size() ? pages.at(at + 1) : -1;
}

bool SetupWizard::isPageBuilt(int id) const
{
    return QWizard::page(id) != nullptr;
}

QWizardPage *SetupWizard::page(int id) const
{
    if (QWizardPage *built = QWizard::page(id))
        return built;
    // Building a page changes what the window holds, not what it is: callers may ask from const code.
    return const_cast<SetupWizard *>(this)->buildPage(id);
}

void SetupWizard::setStartId(int id)
{
    page(id);
    QWizard::setStartId(id);
}

int SetupWizard::startPageFor(WizardMode mode, bool setupKnown)
{
    if (!setupKnown || mode == WizardMode::NewSetup)
        return Welcome;
    return SignIn;
}

void SetupWizard::openSetup(WizardMode mode, const SetupKey &setup)
{
    m_context.setMode(mode);
    if (!setup.isEmpty()) {
        m_context.setup().choose(setup);
        m_context.setTenant(setup.tenantId);
    }
    const int start = startPageFor(mode, !setup.isEmpty());
    setStartId(start);
    if (start != SignIn)
        return;
    m_advanceAfterSignIn = true;
    QWizardPage *signIn = page(SignIn);
    connect(signIn, &QWizardPage::completeChanged, this, [this, signIn] {
        if (m_advanceAfterSignIn && currentPage() == signIn && signIn->isComplete()) {
            m_advanceAfterSignIn = false;
            next();
        }
    });
}

bool SetupWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    // QWizard::next() asks nextId() right after this and switches only to a page that exists.
    if (const int next = nextId(); next != -1)
        page(next);
    return true;
}

InsightlyTab *SetupWizard::insightlyTab()
{
    // One Insightly tab for the whole wizard: the admin signs in to Insightly once (Instance page, hand-off).
    if (!m_insightlyTab) {
        m_insightlyTab = new InsightlyTab(m_context, this);
        m_insightlyTab->hide();
    }
    return m_insightlyTab;
}

QWizardPage *SetupWizard::buildPage(int id)
{
    QWizardPage *built = nullptr;
    switch (PageId(id)) {
    case Welcome:
        built = new WelcomePage(m_context);
        break;
    case SignIn:
        built = new SignInPage(m_context);
        break;
    case Instance:
        built = new InstancePage(m_context, insightlyTab());
        break;
    case App:
        built = new AppPage(m_context);
        break;
    case Saml:
        built = new SamlPage(m_context, insightlyTab());
        break;
    case Scim:
        built = new ScimPage(m_context, insightlyTab());
        break;
    case Assign:
        built = new AssignPage(m_context);
        break;
    case Summary:
        built = new SummaryPage(m_context);
        break;
    case RotateCertificate:
        built = new RotateCertificatePage(m_context, insightlyTab());
        break;
    case RotateScimToken:
        built = new RotateScimTokenPage(m_context, insightlyTab());
        break;
    }
    if (built)
        setPage(id, built);
    return built;
}

QString SetupWizard::geometrySettingsKey()
{
    return QStringLiteral("window/geometry");
}

void SetupWizard::applyInitialGeometry()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(QPoint(0, 0), kPreferredSize);
    const QSize room = (available.size() - kDecorationAllowance).expandedTo(QSize(1, 1));

    const QByteArray saved = QSettings().value(geometrySettingsKey()).toByteArray();
    if (!saved.isEmpty() && restoreGeometry(saved)) {
        // The screens may have changed since: never larger than the one it is on, never outside it.
        const QScreen *on = QGuiApplication::screenAt(geometry().center());
        const QRect area = on ? on->availableGeometry() : available;
        const QSize fits = (area.size() - kDecorationAllowance).expandedTo(QSize(1, 1));
        if (width() > fits.width() || height() > fits.height())
            resize(size().boundedTo(fits));
        if (!area.contains(geometry()))
            move(area.topLeft() +
                 QPoint(qMax(0, (fits.width() - width()) / 2), qMax(0, (fits.height() - height()) / 2)));
        return;
    }
    resize(kPreferredSize.expandedTo(minimumSizeHint()).boundedTo(room));
    if (screen)
        move(available.topLeft() +
             QPoint(qMax(0, (room.width() - width()) / 2), qMax(0, (room.height() - height()) / 2)));
}

void SetupWizard::saveGeometrySetting() const
{
    QSettings().setValue(geometrySettingsKey(), saveGeometry());
}

void SetupWizard::done(int result)
{
    saveGeometrySetting();
    QWizard::done(result);
}

} // namespace insightly
