#pragma once

#include "core/UserMessage.h"

#include <QWidget>

class QHBoxLayout;
class QProgressBar;
class QPushButton;

namespace insightly {

class FailurePanel;
class InfoLabel;

// The shape every operation page shares (Step 2, the certificate rotation): a row of actions ending in
// Cancel, one status sentence, a progress bar that runs while the operation does, and the failure with
// "Copy diagnostics". Retrying is the page's own start button, enabled again when the operation ends.
// Object names: <prefix>CancelButton, <prefix>ProgressLabel, <prefix>ProgressBar, and FailurePanel(<prefix>).
class OperationView : public QWidget
{
    Q_OBJECT
public:
    OperationView(const QString &prefix, const QString &subject, const QString &cancelAccessibleName,
                  QWidget *parent = nullptr);

    // The row the page adds its own buttons to (before Cancel).
    void addAction(QWidget *button);
    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    void setStatus(const QString &sentence);
    QString status() const;
    void showFailure(const UserMessage &message);
    void clearFailure();
    FailurePanel *failure() const { return m_failure; }

Q_SIGNALS:
    void cancelRequested();

private:
    QHBoxLayout *m_actions = nullptr;
    QPushButton *m_cancel = nullptr;
    InfoLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    FailurePanel *m_failure = nullptr;
    bool m_running = false;
};

} // namespace insightly
