#pragma once

#include "core/NotifySettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace sams {

// An admin's wording of the customers' messages (docs/notifications.md,
// "Templates"): per kind and language, the subject, the text and an optional
// HTML body, with a preview filled with a sample appointment and a warning for a
// placeholder that does not exist. Saving asks the main window (database thread).
class TemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TemplatesDialog(QWidget *parent = nullptr);

    // The admin's own templates; kinds without one show the built-in text.
    void setTemplates(const QList<MessageTemplate> &templates);
    void showProblem(const QString &text);

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QTextBrowser *preview() const { return m_preview; }
    QLabel *warning() const { return m_warning; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void saveRequested(const MessageTemplate &wording);
    void removeRequested(const QString &kind, const QString &language);

private:
    void showCurrent();
    void updatePreview();
    MessageTemplate edited() const;

    QList<MessageTemplate> m_own;
    QComboBox *m_kind;
    QComboBox *m_language;
    QLineEdit *m_subject;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_html;
    QTextBrowser *m_preview;
    QLabel *m_warning;
    QLabel *m_origin;
    QPushButton *m_save;
    QPushButton *m_builtIn;
};

} // namespace sams
