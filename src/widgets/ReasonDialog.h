#pragma once

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sams {

// Asks for one reason ("Why is it cancelled?"): the text every writer keeps in
// history. OK stays disabled while the reason has no visible character or holds a
// control character, the rules of docs/input.md that the writers enforce anyway.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &prompt, const QString &okText, QWidget *parent = nullptr);

    // The reason as typed, trimmed.
    QString reason() const;

    // Shows the dialog modally; the trimmed reason, or nothing when cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &title, const QString &prompt,
                                      const QString &okText);

private:
    void validate();

    QLineEdit *m_reason;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace sams
