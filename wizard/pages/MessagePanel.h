#pragma once

#include "core/UserMessage.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace insightly {

// Shows a UserMessage the way every page does: what happened, why, what to do, the id support asks for, and a
// "Copy diagnostics" button (the text is already free of secrets: UserMessage never carries one).
class MessagePanel : public QFrame
{
    Q_OBJECT
public:
    explicit MessagePanel(const QString &objectName, QWidget *parent = nullptr);
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
