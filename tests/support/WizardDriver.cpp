#include "WizardDriver.h"

#include <QAbstractButton>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <QWizard>

namespace testsupport {

WizardDriver::WizardDriver(QWidget *window)
    : m_window(window)
{
}

bool WizardDriver::waitFor(const std::function<bool()> &condition, int timeoutMs) const
{
    return QTest::qWaitFor(condition, timeoutMs);
}

bool WizardDriver::waitForWidget(const QString &objectName, int timeoutMs) const
{
    return waitFor([&] {
        QWidget *w = find(objectName);
        return w && w->isVisible();
    }, timeoutMs);
}

bool WizardDriver::click(const QString &objectName)
{
    auto *button = find<QAbstractButton>(objectName);
    if (!button) {
        qWarning("WizardDriver: no button named %s", qPrintable(objectName));
        return false;
    }
    if (!button->isEnabled() || !button->isVisible()) {
        qWarning("WizardDriver: button %s is %s", qPrintable(objectName),
                 button->isEnabled() ? "hidden" : "disabled");
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, button->rect().center());
    return true;
}

bool WizardDriver::typeText(const QString &objectName, const QString &text, bool clearFirst)
{
    QWidget *w = find(objectName);
    if (!w || !w->isEnabled()) {
        qWarning("WizardDriver: no enabled input named %s", qPrintable(objectName));
        return false;
    }
    w->setFocus(Qt::OtherFocusReason);
    if (clearFirst) {
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->clear();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            plain->clear();
    }
    QTest::keyClicks(w, text);
    return true;
}

bool WizardDriver::clickWizardButton(int which)
{
    auto *wizard = qobject_cast<QWizard *>(m_window.data());
    if (!wizard)
        return false;
    QAbstractButton *b = wizard->button(QWizard::WizardButton(which));
    if (!b || !b->isEnabled() || !b->isVisible()) {
        qWarning("WizardDriver: wizard button %d is not available", which);
        return false;
    }
    QTest::mouseClick(b, Qt::LeftButton, Qt::NoModifier, b->rect().center());
    return true;
}

QVariant WizardDriver::runJavaScript(QWebEngineView *view, const QString &script, int timeoutMs)
{
    bool done = false;
    QVariant result;
    view->page()->runJavaScript(script, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("WizardDriver: JavaScript did not answer within %d ms", timeoutMs);
    return result;
}

bool WizardDriver::waitForUrl(QWebEngineView *view, const std::function<bool(const QUrl &)> &predicate, int timeoutMs)
{
    bool loading = true;
    // Both connections end with this call: they capture `loading` by reference.
    const auto finished =
        QObject::connect(view, &QWebEngineView::loadFinished, view, [&](bool) { loading = false; });
    const auto started = QObject::connect(view, &QWebEngineView::loadStarted, view, [&] { loading = true; });
    // A page that finished loading before the call counts too: its document is complete.
    const auto complete = [view] {
        return runJavaScript(view, QStringLiteral("document.readyState"), 5000).toString() ==
               QLatin1String("complete");
    };
    const bool ok = QTest::qWaitFor(
        [&] { return predicate(view->url()) && (!loading || complete()); }, timeoutMs);
    QObject::disconnect(finished);
    QObject::disconnect(started);
    return ok && predicate(view->url());
}

QString WizardDriver::screenshot(const QString &name) const
{
    QString dir = qEnvironmentVariable("INSIGHTLY_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QDir::current().filePath(QStringLiteral("test-artifacts"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (m_window)
        m_window->grab().save(path);
    return path;
}

void WizardDriver::screenshotIfFailed() const
{
    if (!QTest::currentTestFailed())
        return;
    const QString name = QStringLiteral("%1-%2").arg(QString::fromLatin1(QTest::currentAppName()),
                                                     QString::fromLatin1(QTest::currentTestFunction()));
    qWarning("Screenshot of the failing window: %s", qPrintable(screenshot(name)));
}

} // namespace testsupport
