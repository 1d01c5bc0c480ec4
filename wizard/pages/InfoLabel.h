#pragma once

#include <QLabel>

namespace insightly {

// The one home of the wizard's information labels (a status, a result, a step's explanation), each
// word-wrapped and selectable so the admin can copy what it says, and each read by a screen reader in one of
// two ways:
// - named by its purpose: the accessible name says what the label is for ("Status of the sign-in test") and
//   the accessible description carries its current text (plain, without markup). An InfoLabel keeps the
//   description equal to the text on every setText(); showText() does the same for any label.
// - spoken by its text: no accessible name (Qt then reads the label's text), the description says what it
//   is ("Result of the check"): spokenByText(), speakText().
class InfoLabel : public QLabel
{
    Q_OBJECT
public:
    // Named by its purpose.
    InfoLabel(const QString &objectName, const QString &accessibleName, QWidget *parent = nullptr);

    // A plain-text label spoken by its text; `description` says what it is (never the object name).
    static QLabel *spokenByText(QWidget *parent, const QString &objectName, const QString &description);
    // The same, hidden until it has something to say (a progress line, an error, a problem under a field).
    static QLabel *hiddenMessage(QWidget *parent, const QString &objectName, const QString &description);
    // The same for a label made elsewhere: its text becomes its spoken name, `description` its description.
    static void speakText(QLabel *label, const QString &description);
    // Shows `text` in a label named by its purpose: the description carries the text (plain). An empty text
    // hides the label, so no empty, nameless box is reached or announced.
    static void showText(QLabel *label, const QString &text);

public Q_SLOTS:
    // Hides QLabel::setText: call it through an InfoLabel (or connect to &InfoLabel::setText).
    void setText(const QString &text);

private:
    static void describeAsText(QLabel *label, const QString &text);
};

} // namespace insightly
