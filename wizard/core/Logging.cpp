#include "core/Logging.h"

#include "core/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

namespace insightly {

namespace {

struct LogSink {
    LogFileOptions options;
    QString path;
    std::unique_ptr<QFile> file;
    QtMessageHandler previous = nullptr;
};

// The handler runs on whichever thread logs; the mutex keeps lines whole and rotation single.
QMutex sinkMutex;
std::unique_ptr<LogSink> sink;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "DEBUG";
    case QtInfoMsg:
        return "INFO";
    case QtWarningMsg:
        return "WARN";
    case QtCriticalMsg:
        return "ERROR";
    case QtFatalMsg:
        return "FATAL";
    }
    return "?";
}

QString rotatedPath(const QString &path, int generation)
{
    return path + QLatin1Char('.') + QString::number(generation);
}

bool openLogFile(LogSink &target)
{
    target.file = std::make_unique<QFile>(target.path);
    if (!target.file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return false;
    restrictToOwner(*target.file); // also an older file created before this rule
    return true;
}

// current → .1 → .2 … → .keptFiles, the oldest dropped.
void rotate(LogSink &target)
{
    target.file->close();
    QFile::remove(rotatedPath(target.path, target.options.keptFiles));
    for (int generation = target.options.keptFiles - 1; generation >= 1; --generation)
        QFile::rename(rotatedPath(target.path, generation), rotatedPath(target.path, generation + 1));
    if (target.options.keptFiles > 0)
        QFile::rename(target.path, rotatedPath(target.path, 1));
    else
        QFile::remove(target.path);
    openLogFile(target);
}

void writeMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QLatin1String(context.category ? context.category : "default");
    const QByteArray line = (QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ') +
                             QLatin1String(levelName(type)) + QLatin1Char(' ') + category +
                             QLatin1String(": ") + redactSecrets(message) + QLatin1Char('\n'))
                                .toUtf8();

    QMutexLocker lock(&sinkMutex);
    if (!sink)
        return;
    if (sink->options.echoToStderr) {
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    }
    if (!sink->file || !sink->file->isOpen())
        return;
    if (sink->file->size() > 0 && sink->file->size() + line.size() > sink->options.maxFileBytes)
        rotate(*sink);
    if (sink->file->isOpen()) {
        sink->file->write(line);
        sink->file->flush(); // a crash must not lose the lines that explain it
    }
}

} // namespace

bool installMessageHandler(const LogFileOptions &options)
{
    auto newSink = std::make_unique<LogSink>();
    newSink->options = options;
    QString directory = options.directory;
    if (directory.isEmpty())
        directory =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/logs");
    newSink->path = QDir(directory).filePath(options.fileName);
    const bool opened = makePrivateFolder(directory) && openLogFile(*newSink);

    {
        QMutexLocker lock(&sinkMutex);
        const QtMessageHandler previous = sink ? sink->previous : nullptr;
        sink = std::move(newSink);
        sink->previous = previous;
    }
    const QtMessageHandler replaced = qInstallMessageHandler(writeMessage);
    if (replaced != writeMessage) {
        QMutexLocker lock(&sinkMutex);
        sink->previous = replaced;
    }
    return opened;
}

void uninstallMessageHandler()
{
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker lock(&sinkMutex);
        if (!sink)
            return;
        previous = sink->previous;
    }
    qInstallMessageHandler(previous);
    QMutexLocker lock(&sinkMutex);
    sink.reset();
}

QString logFilePath()
{
    QMutexLocker lock(&sinkMutex);
    return sink ? sink->path : QString();
}

} // namespace insightly
