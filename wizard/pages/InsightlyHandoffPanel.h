#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace insightly {

class InsightlyTab;

// The hand-off to Insightly: the article's steps beside the embedded Insightly tab, with the exported
// certificate offered pre-selected when Insightly's upload asks for a file, so the upload is one click.
class InsightlyHandoffPanel : public QGroupBox
{
    Q_OBJECT
public:
    InsightlyHandoffPanel(InsightlyTab *tab, QWidget *parent = nullptr);

    // Moves the shared Insightly tab here (when the page is shown).
    void attachTab();
    // The exported Certificate (Base64) that Insightly's file chooser gets.
    void setCertificateFile(const QString &path);

private:
    InsightlyTab *m_tab;
    QVBoxLayout *m_tabArea = nullptr;
    QLabel *m_steps = nullptr;
    QLabel *m_fileStatus = nullptr;
    QPushButton *m_open = nullptr;
    QString m_certificatePath;
};

} // namespace insightly
