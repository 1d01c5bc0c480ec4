#pragma once

#include <QString>

#include <functional>

class QLineEdit;
class QPushButton;
class QWidget;

namespace insightly {

// Small factories for the controls every page makes: each control gets the object name tests and the
// accessibility tree find it by, and an accessible name a screen reader speaks.

QPushButton *makeButton(QWidget *parent, const QString &objectName, const QString &text,
                        const QString &accessibleName);
// The same, spoken as its text without the mnemonic ("Sign in &here" → "Sign in here").
QPushButton *makeButton(QWidget *parent, const QString &objectName, const QString &text);

// Gives `edit` Qt's clear button, named for a screen reader after the field (ReadableViews' nameClearButton:
// "Clear Microsoft Entra tenant") and kept out of the Tab order. Set the field's accessible name first.
void enableClearButton(QLineEdit *edit);

// Opens a non-modal folder chooser (no nested event loop while it is open) titled `title`, starting at the
// folder in `field`; the folder chosen is written into `field` and handed to `chosen`. `objectName` names the
// dialog for tests.
void chooseFolderInto(QLineEdit *field, const QString &objectName, const QString &title,
                      const std::function<void(const QString &)> &chosen);

} // namespace insightly
