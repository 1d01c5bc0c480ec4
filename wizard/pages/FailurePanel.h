#pragma once

#include "core/UserMessage.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace insightly {

// Shows one UserMessage to the admin — what failed, why, what to do, and the request id — with a
// "Copy diagnostics" button, so that support gets the same text the admin saw. Hidden while empty.
class FailurePanel : public QFrame
{
    Q_OBJECT
public:
    FailurePanel(const QString &objectNamePrefix, QWidget *parent = nullptr);

    void showMessage(const UserMessage &message);
    void clear();
    UserMessage message() const { return m_message; }
    QString text() const;

private:
    UserMessage m_message;
    QLabel *m_text = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace insightly
