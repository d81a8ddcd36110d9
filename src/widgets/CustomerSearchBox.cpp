#include "widgets/CustomerSearchBox.h"

#include "models/SearchResultsModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QTimer>

namespace sams {

namespace {

// Long enough that a typist's burst is one search, short enough to feel instant.
constexpr int typingPauseMs = 150;
constexpr int visibleRows = 8;

} // namespace

CustomerSearchBox::CustomerSearchBox(QWidget *parent)
    : QLineEdit(parent)
    , m_model(new SearchResultsModel(this))
    , m_view(new QListView(this)) // moved onto the window when first shown
    , m_none(new QLabel(this))
    , m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("customerSearch"));
    setPlaceholderText(tr("Find a customer (Ctrl+F)"));
    setToolTip(tr("Name, phone, e-mail or appointment number; Enter opens the newest match"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 18);
    setClearButtonEnabled(true);
    setAccessibleName(tr("Customer search"));
    m_view->setObjectName(QStringLiteral("customerSearchResults"));
    m_view->setModel(m_model);
    m_view->setFocusPolicy(Qt::NoFocus); // typing stays in the box while the list is open
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setFrameShape(QFrame::StyledPanel);
    m_view->hide();
    m_none->setObjectName(QStringLiteral("customerSearchNoMatches"));
    m_none->setAutoFillBackground(true);
    m_none->setFrameShape(QFrame::StyledPanel);
    m_none->setMargin(6);
    m_none->hide();
    m_pause->setSingleShot(true);
    m_pause->setInterval(typingPauseMs);
    connect(this, &QLineEdit::textEdited, this, &CustomerSearchBox::textEdited);
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) // the clear button does not emit textEdited
            hideResults();
    });
    connect(m_pause, &QTimer::timeout, this, &CustomerSearchBox::search);
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) { choose(index.row()); });
}

bool CustomerSearchBox::resultsVisible() const
{
    return m_view->isVisible();
}

bool CustomerSearchBox::noMatchesVisible() const
{
    return m_none->isVisible();
}

void CustomerSearchBox::textEdited(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_pause->stop();
        hideResults();
        return;
    }
    m_pause->start();
}

void CustomerSearchBox::search()
{
    m_asked = text().trimmed();
    if (!m_asked.isEmpty())
        Q_EMIT searchRequested(m_asked);
}

void CustomerSearchBox::showResults(const QString &forText, const QList<AppointmentMatch> &matches)
{
    if (forText != text().trimmed())
        return;
    m_model->setMatches(matches);
    if (!hasFocus()) // the user went elsewhere meanwhile
        return;
    placeResults();
    if (matches.isEmpty()) {
        m_view->hide();
        m_none->setText(tr("No appointment matches \u201c%1\u201d.").arg(forText));
        m_none->show();
        m_none->raise();
        return;
    }
    m_none->hide();
    m_view->show();
    m_view->raise();
    m_view->setCurrentIndex(m_model->index(0, 0)); // Enter opens the newest match at once
}

void CustomerSearchBox::placeResults()
{
    QWidget *top = window();
    if (m_view->parentWidget() != top) {
        m_view->setParent(top);
        m_none->setParent(top);
        top->installEventFilter(this); // follow the window's size
    }
    const QPoint below = mapTo(top, QPoint(0, height()));
    const int rows = std::clamp(int(m_model->rowCount()), 1, visibleRows);
    const int rowHeight = std::max(m_view->sizeHintForRow(0), fontMetrics().height() + 6);
    const int wanted = std::max(width(), fontMetrics().averageCharWidth() * 70);
    const int w = std::min(wanted, top->width() - below.x() - 4);
    m_view->setGeometry(below.x(), below.y(), w, rows * rowHeight + 2 * m_view->frameWidth());
    m_none->setGeometry(below.x(), below.y(), w, m_none->sizeHint().height());
}

void CustomerSearchBox::hideResults()
{
    m_view->hide();
    m_none->hide();
}

void CustomerSearchBox::choose(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const AppointmentMatch match = m_model->matchAt(row);
    hideResults();
    Q_EMIT appointmentChosen(match);
}

void CustomerSearchBox::moveCurrent(int by)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_view->currentIndex().row() + by, 0, rows - 1);
    m_view->setCurrentIndex(m_model->index(row, 0));
}

void CustomerSearchBox::keyPressEvent(QKeyEvent *event)
{
    const bool open = resultsVisible();
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
    case Qt::Key_PageDown:
    case Qt::Key_PageUp: {
        if (!open) {
            if (m_model->rowCount() > 0 && !text().trimmed().isEmpty() && text().trimmed() == m_asked)
                showResults(m_asked, m_model->matches()); // reopen the last answer
            break;
        }
        const int step = (event->key() == Qt::Key_PageDown || event->key() == Qt::Key_PageUp) ? visibleRows : 1;
        const bool up = event->key() == Qt::Key_Up || event->key() == Qt::Key_PageUp;
        moveCurrent(up ? -step : step);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_pause->isActive()) { // Enter before the pause ends: search now
            m_pause->stop();
            search();
            return;
        }
        if (open) {
            choose(m_view->currentIndex().row());
            return;
        }
        break;
    case Qt::Key_Escape:
        if (open || noMatchesVisible()) {
            hideResults();
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void CustomerSearchBox::focusOutEvent(QFocusEvent *event)
{
    // The list takes no focus, so a click on it keeps the box focused; any other
    // focus change closes it.
    if (event->reason() != Qt::PopupFocusReason)
        hideResults();
    QLineEdit::focusOutEvent(event);
}

void CustomerSearchBox::resizeEvent(QResizeEvent *event)
{
    QLineEdit::resizeEvent(event);
    if (resultsVisible() || noMatchesVisible())
        placeResults();
}

bool CustomerSearchBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && event->type() == QEvent::Resize && (resultsVisible() || noMatchesVisible()))
        placeResults();
    return QLineEdit::eventFilter(watched, event);
}

} // namespace sams
