package dev.folio.load.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The history of a project's files in its git repository, read with JGit (never a {@code git}
 * process): the commits of the main line (first parents, so a merge counts as the day it landed)
 * that touch some paths, newest first, each with what it changed. Paths are the project's, relative
 * to its folder, which may be a folder of the repository's work tree.
 */
public final class GitLog implements AutoCloseable {
  /** The trailer that says why a commit changed the data, overriding its subject. */
  static final String REASON = "Folio-Reason";

  /** The trailer that says a commit needs no translation (a typo's fix, say). */
  static final String TRANSLATION = "Folio-Translation";

  private final Repository repository;

  /** The project folder within the work tree: "" or {@code sub/folder/}. */
  private final String prefix;

  private final Map<ObjectId, String> texts = new ConcurrentHashMap<>();

  private GitLog(Repository repository, String prefix) {
    this.repository = repository;
    this.prefix = prefix;
  }

  static {
    SystemReader.setInstance(new RepositoryOnly(SystemReader.getInstance()));
  }

  /**
   * Git's configuration as the repository's own {@code .git/config} alone says it: no user's or
   * system's settings (which would make two machines read one history differently), and no {@code
   * git} process, which JGit otherwise runs to find the system's.
   */
  private static final class RepositoryOnly extends SystemReader.Delegate {
    RepositoryOnly(SystemReader delegate) {
      super(delegate);
    }

    @Override
    public FileBasedConfig openUserConfig(Config parent, FS fs) {
      return empty(parent, fs);
    }

    @Override
    public FileBasedConfig openSystemConfig(Config parent, FS fs) {
      return empty(parent, fs);
    }

    @Override
    public FileBasedConfig openJGitConfig(Config parent, FS fs) {
      return empty(parent, fs);
    }

    private static FileBasedConfig empty(Config parent, FS fs) {
      return new FileBasedConfig(parent, null, fs) {
        @Override
        public void load() {
          // Nothing to read: see RepositoryOnly.
        }

        @Override
        public boolean isOutdated() {
          return false;
        }

        @Override
        public void save() {
          // Folio writes nothing into git's configuration.
        }

        @Override
        public String getString(String section, String subsection, String name) {
          // JGit otherwise measures the file system's timestamp resolution by writing files in
          // .git/ and keeps it in the user's configuration; the coarsest resolution it assumes
          // costs at most a re-read of a file changed in the last two seconds.
          if (ConfigConstants.CONFIG_FILESYSTEM_SECTION.equals(section)
              && ConfigConstants.CONFIG_KEY_TIMESTAMP_RESOLUTION.equals(name)) {
            return FS.FileStoreAttributes.FALLBACK_TIMESTAMP_RESOLUTION.toMillis()
                + " milliseconds";
          }
          return super.getString(section, subsection, name);
        }
      };
    }
  }

  /**
   * The files git rewrites when a commit lands, or another is checked out, in the repository {@code
   * source} is in: its {@code HEAD} and {@code HEAD}'s log. {@code serve} watches them, so that a
   * commit's history shows without an edit. None outside git.
   */
  public static List<Path> headFiles(Path source) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(source.toFile());
    if (builder.getGitDir() == null) {
      return List.of();
    }
    try {
      builder.setup();
    } catch (IOException | IllegalArgumentException e) {
      return List.of();
    }
    Path git = builder.getGitDir().toPath();
    return List.of(git.resolve(Constants.HEAD), git.resolve("logs").resolve(Constants.HEAD));
  }

  /**
   * The history of the repository {@code source} is in, if it is in one with a commit and, unless
   * {@code nested}, {@code source} is the top of its work tree (a folder of a repository, such as a
   * test's fixture, does not take on the history of the repository around it by accident).
   */
  public static Optional<GitLog> of(Path source, boolean nested) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(source.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try {
      Repository repository = builder.setMustExist(true).build();
      if (repository.isBare() || repository.resolve(Constants.HEAD) == null) {
        repository.close();
        return Optional.empty();
      }
      Path tree = repository.getWorkTree().toPath().toRealPath();
      String prefix = tree.relativize(source.toRealPath()).toString().replace('\\', '/');
      if (!nested && !prefix.isEmpty()) {
        repository.close();
        return Optional.empty();
      }
      return Optional.of(new GitLog(repository, prefix.isEmpty() ? "" : prefix + "/"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A commit of the main line and what it changed of the paths asked for. */
  record Commit(
      ObjectId id,
      String shortId,
      OffsetDateTime time,
      String reason,
      boolean translationUnchanged,
      List<FileChange> files) {
    /** The commit's day, in the committer's time zone. */
    LocalDate date() {
      return time.toLocalDate();
    }
  }

  /**
   * A file a commit changed: its path before and after (relative to the project; null where it was
   * added or deleted) and its contents' ids.
   */
  record FileChange(String oldPath, String newPath, ObjectId oldBlob, ObjectId newBlob) {}

  /** The id of HEAD: what the history of a build is the history of. */
  String head() {
    try {
      return repository.resolve(Constants.HEAD).name();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A revision (a tag, a branch, a commit id, abbreviated or not) as a commit id, if it is one. */
  Optional<ObjectId> resolve(String revision) {
    try {
      ObjectId id = repository.resolve(revision + "^{commit}");
      return Optional.ofNullable(id);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether the repository is a shallow clone: its oldest commits' parents are not there. */
  boolean shallow() {
    try {
      return !repository.getObjectDatabase().getShallowCommits().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The main line's commits from HEAD back to the first, newest first, each with its changes to
   * files under {@code folders} (folders of the project, such as {@code content/}); commits that
   * change none of them are left out. One walk: every commit is diffed against its first parent.
   */
  List<Commit> commits(Collection<String> folders) {
    List<String> paths = folders.stream().map(folder -> prefix + folder).toList();
    List<Commit> commits = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository);
        DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      diff.setRepository(repository);
      diff.setPathFilter(PathFilterGroup.createFromStrings(paths));
      diff.setDetectRenames(true);
      Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
      RevCommit commit = walk.parseCommit(repository.resolve(Constants.HEAD));
      while (commit != null) {
        RevCommit parent =
            commit.getParentCount() == 0 || shallow.contains(commit)
                ? null
                : walk.parseCommit(commit.getParent(0));
        List<FileChange> files = changes(diff, parent, commit);
        if (!files.isEmpty()) {
          commits.add(commit(commit, files));
        }
        commit = parent;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return commits;
  }

  private List<FileChange> changes(DiffFormatter diff, RevCommit parent, RevCommit commit)
      throws IOException {
    List<FileChange> files = new ArrayList<>();
    for (DiffEntry entry : diff.scan(parent == null ? null : parent.getTree(), commit.getTree())) {
      files.add(
          new FileChange(
              project(entry.getOldPath()),
              project(entry.getNewPath()),
              entry.getChangeType() == DiffEntry.ChangeType.ADD
                  ? null
                  : entry.getOldId().toObjectId(),
              entry.getChangeType() == DiffEntry.ChangeType.DELETE
                  ? null
                  : entry.getNewId().toObjectId()));
    }
    return files;
  }

  /** A path of the repository as the project names it; null for /dev/null or outside it. */
  private String project(String path) {
    return path == null || path.equals(DiffEntry.DEV_NULL) || !path.startsWith(prefix)
        ? null
        : path.substring(prefix.length());
  }

  private static Commit commit(RevCommit commit, List<FileChange> files) {
    PersonIdent committer = commit.getCommitterIdent();
    OffsetDateTime time =
        Instant.ofEpochSecond(commit.getCommitTime())
            .atZone(committer.getZoneId())
            .toOffsetDateTime();
    return new Commit(
        commit.getId(),
        commit.getId().abbreviate(7).name(),
        time,
        reason(commit),
        trailer(commit, TRANSLATION).map(v -> v.equalsIgnoreCase("unchanged")).orElse(false),
        files);
  }

  /**
   * Why a commit changed what it changed: its {@code Folio-Reason:} trailer, else, for a merge
   * whose message has a body (a pull request's title), the body's first line, else its subject.
   */
  private static String reason(RevCommit commit) {
    Optional<String> trailer = trailer(commit, REASON);
    if (trailer.isPresent()) {
      return trailer.get();
    }
    String subject = commit.getShortMessage();
    if (commit.getParentCount() > 1) {
      String[] lines = commit.getFullMessage().split("\n");
      for (int i = 1; i < lines.length; i++) {
        if (!lines[i].isBlank() && !lines[i].contains(": ")) {
          return lines[i].strip();
        }
      }
    }
    return subject;
  }

  /** The value of a trailer ({@code Key: value}, in the message's last paragraph), if any. */
  static Optional<String> trailer(RevCommit commit, String key) {
    String[] paragraphs = commit.getFullMessage().strip().split("\n\\s*\n");
    String last = paragraphs[paragraphs.length - 1];
    for (String line : last.split("\n")) {
      if (line.regionMatches(true, 0, key + ":", 0, key.length() + 1)) {
        return Optional.of(line.substring(key.length() + 1).strip());
      }
    }
    return Optional.empty();
  }

  /** The id of a file's contents as a commit holds it, if it holds it. */
  Optional<ObjectId> blob(ObjectId commit, String path) {
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit parsed = walk.parseCommit(commit);
      try (TreeWalk tree = TreeWalk.forPath(repository, prefix + path, parsed.getTree())) {
        return tree == null ? Optional.empty() : Optional.of(tree.getObjectId(0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a file's contents by their id, read once. */
  String text(ObjectId blob) {
    return texts.computeIfAbsent(
        blob,
        id -> {
          try {
            return new String(repository.open(id).getBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * The files of the working copy under {@code folder} (a folder of the project) that differ from
   * HEAD, as changes from HEAD's version (null blobs: the texts are the working copy's, read by the
   * caller). Files compare by their git ids, so an unchanged file is not read as text.
   */
  List<FileChange> uncommitted(Path source, String folder) {
    Map<String, ObjectId> head = new HashMap<>();
    List<FileChange> changes = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository);
        TreeWalk tree = new TreeWalk(repository)) {
      tree.addTree(walk.parseCommit(repository.resolve(Constants.HEAD)).getTree());
      tree.setRecursive(true);
      tree.setFilter(PathFilterGroup.createFromStrings(prefix + folder));
      while (tree.next()) {
        head.put(tree.getPathString().substring(prefix.length()), tree.getObjectId(0));
      }
      Path root = source.resolve(folder);
      if (!Files.isDirectory(root)) {
        return changes;
      }
      try (var files = Files.walk(root)) {
        ObjectInserter.Formatter ids = new ObjectInserter.Formatter();
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          String path = source.relativize(file).toString().replace('\\', '/');
          ObjectId now = ids.idFor(Constants.OBJ_BLOB, Files.readAllBytes(file));
          ObjectId was = head.get(path);
          if (!now.equals(was)) {
            changes.add(new FileChange(was == null ? null : path, path, was, null));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return changes;
  }

  /** The date and abbreviated id of a commit. */
  Commit describe(ObjectId id) {
    try (RevWalk walk = new RevWalk(repository)) {
      return commit(walk.parseCommit(id), List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    repository.close();
  }
}
