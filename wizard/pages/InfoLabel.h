#pragma once

#include <QLabel>

namespace insightly {

// A label that carries information (a status, a result, a step's explanation): a screen reader speaks its
// accessible name (what the label is for, e.g. "Status of the sign-in test") and reads its current text as
// the accessible description, kept equal to the text (plain, without markup) on every setText().
// Word-wrapped and selectable, so the admin can copy what it says.
class InfoLabel : public QLabel
{
    Q_OBJECT
public:
    InfoLabel(const QString &objectName, const QString &accessibleName, QWidget *parent = nullptr);

public Q_SLOTS:
    // Hides QLabel::setText: call it through an InfoLabel (or connect to &InfoLabel::setText).
    void setText(const QString &text);
};

} // namespace insightly
