#pragma once

#include <QPointer>
#include <QString>
#include <QTest>
#include <QVariant>
#include <QWidget>
#include <functional>

class QWebEngineView;
class QWizard;

namespace testsupport {

// Drives real widgets the way a person does — by what they are called (objectName), typing and clicking —
// and fails with a clear message when something is not there. Screenshots on failure go to
// $INSIGHTLY_TEST_ARTIFACTS (default: ./test-artifacts) so that a red CI run shows what the window looked like.
class WizardDriver
{
public:
    explicit WizardDriver(QWidget *window);

    QWidget *window() const { return m_window; }

    // The visible widget with this objectName (searching the whole window), or nullptr.
    template<typename T = QWidget>
    T *find(const QString &objectName) const
    {
        const auto all = m_window->findChildren<T *>(objectName);
        for (T *w : all)
            if (w->isVisibleTo(m_window))
                return w;
        return all.isEmpty() ? nullptr : all.constFirst();
    }

    // Waits until the widget exists and is visible; false after the timeout.
    bool waitForWidget(const QString &objectName, int timeoutMs = 20000) const;
    bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000) const;

    // Person-like input. Each returns false (and logs why) when the target is missing or disabled.
    bool click(const QString &objectName);
    bool typeText(const QString &objectName, const QString &text, bool clearFirst = true);
    // QWizard's own buttons: Next, Back, Finish, Cancel.
    bool clickWizardButton(int which);  // QWizard::WizardButton

    // Runs JavaScript in a web view and waits for its result.
    static QVariant runJavaScript(QWebEngineView *view, const QString &script, int timeoutMs = 20000);
    // Waits until the view's page has loaded a URL for which `predicate` is true, and finished loading.
    static bool waitForUrl(QWebEngineView *view, const std::function<bool(const QUrl &)> &predicate,
                           int timeoutMs = 30000);

    // Saves the window as PNG under the artifacts folder; returns the path.
    QString screenshot(const QString &name) const;
    // Call from a test's cleanup(): saves a screenshot named after the failing test function.
    void screenshotIfFailed() const;

private:
    QPointer<QWidget> m_window;
};

} // namespace testsupport
