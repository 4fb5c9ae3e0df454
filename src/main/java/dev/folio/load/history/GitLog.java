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
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.Pack;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
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

  private final Map<Folder, Map<String, ObjectId>> folders = new ConcurrentHashMap<>();

  /**
   * The readers of texts not in use, and all of them, closed with the repository: a reader keeps
   * the bases of the deltas it applied, which the next version of a file is a delta of.
   */
  private final Deque<ObjectReader> readers = new ConcurrentLinkedDeque<>();

  private final Queue<ObjectReader> opened = new ConcurrentLinkedQueue<>();

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
   * The main line is listed first (commits alone, which is quick); then its commits are diffed in
   * runs of consecutive commits, the runs in parallel, each with a reader of its own and in the
   * order in which the pack stores its trees' deltas ({@link #oldestFirst}).
   */
  List<Commit> commits(Collection<String> folders) {
    List<String> paths = folders.stream().map(folder -> prefix + folder).toList();
    List<RevCommit> line = mainLine();
    boolean oldestFirst = oldestFirst(line);
    int size = Math.max(RUN, (line.size() + RUNS - 1) / RUNS);
    List<List<RevCommit>> runs = new ArrayList<>();
    for (int from = 0; from < line.size(); from += size) {
      runs.add(line.subList(from, Math.min(line.size(), from + size)));
    }
    List<List<Commit>> diffed =
        runs.parallelStream().map(run -> diff(run, paths, oldestFirst)).toList();
    List<Commit> commits = new ArrayList<>();
    diffed.forEach(commits::addAll);
    return commits;
  }

  /**
   * The fewest commits a run of {@link #commits} diffs (a shorter main line is one run: a task
   * handed to another thread costs more than it saves there); and how many runs it makes at most.
   */
  private static final int RUN = Histories.LONG;

  private static final int RUNS = 8;

  /** HEAD and its first parents, newest first (a shallow clone's line ends where it is cut). */
  private List<RevCommit> mainLine() {
    List<RevCommit> line = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository)) {
      Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
      RevCommit commit = walk.parseCommit(repository.resolve(Constants.HEAD));
      while (commit != null) {
        line.add(commit);
        commit =
            commit.getParentCount() == 0 || shallow.contains(commit)
                ? null
                : walk.parseCommit(commit.getParent(0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return line;
  }

  /**
   * The commits of a run of the main line (newest first) that change the paths, newest first, each
   * diffed against its first parent (against nothing for the first commit, or a shallow clone's
   * last), read oldest first if {@code oldestFirst}.
   */
  private List<Commit> diff(List<RevCommit> run, List<String> paths, boolean oldestFirst) {
    Commit[] found = new Commit[run.size()];
    try (ObjectReader reader = new Trees(repository.newObjectReader());
        DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      diff.setReader(reader, repository.getConfig());
      diff.setPathFilter(PathFilterGroup.createFromStrings(paths));
      diff.setDetectRenames(true);
      Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
      for (int k = 0; k < run.size(); k++) {
        int i = oldestFirst ? run.size() - 1 - k : k;
        RevCommit commit = run.get(i);
        RevCommit parent =
            commit.getParentCount() == 0 || shallow.contains(commit) ? null : commit.getParent(0);
        List<FileChange> files = changes(diff, parent, commit);
        if (!files.isEmpty()) {
          found[i] = commit(commit, files);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Commit> commits = new ArrayList<>();
    for (Commit commit : found) {
      if (commit != null) {
        commits.add(commit);
      }
    }
    return commits;
  }

  /**
   * A reader that keeps the trees it read last: a commit's trees are its neighbour's parent's, read
   * again when the walk diffs the neighbour (trees of one run alone: a reader serves one thread).
   */
  private static final class Trees extends ObjectReader.Filter {
    private static final int KEPT = 64;

    private final ObjectReader reader;

    private final Map<ObjectId, byte[]> kept =
        new LinkedHashMap<>(KEPT, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<ObjectId, byte[]> eldest) {
            return size() > KEPT;
          }
        };

    Trees(ObjectReader reader) {
      this.reader = reader;
    }

    @Override
    protected ObjectReader delegate() {
      return reader;
    }

    @Override
    public ObjectLoader open(AnyObjectId id, int type) throws IOException {
      if (type != Constants.OBJ_TREE) {
        return reader.open(id, type);
      }
      byte[] tree = kept.get(id);
      if (tree == null) {
        tree = reader.open(id, type).getCachedBytes();
        kept.put(id.copy(), tree);
      }
      return new ObjectLoader.SmallObject(Constants.OBJ_TREE, tree);
    }
  }

  /**
   * Whether the main line's trees are best read oldest first: see {@link #olderFirst(ObjectId,
   * ObjectId)}.
   */
  private boolean oldestFirst(List<RevCommit> line) {
    return line.size() > 1
        && olderFirst(line.get(0).getTree(), line.get(line.size() - 1).getTree());
  }

  /**
   * Whether two versions of something ({@code newer} and {@code older}: two trees, or two versions
   * of a file) are stored in one pack, the older one first. A pack stores an object's delta after
   * its base, so then the newer versions are deltas of the older ones (as {@code git fast-import}
   * writes them, where {@code git gc} and a clone's pack store the newest whole and the older ones
   * as deltas), and reading the versions oldest first resolves a short chain for each, where newest
   * first would resolve each from the oldest: JGit keeps the base of the last delta it applied, so
   * the order in which versions are read decides how long a chain each costs. Only the speed
   * depends on it.
   */
  private boolean olderFirst(ObjectId newer, ObjectId older) {
    if (!(repository.getObjectDatabase() instanceof ObjectDirectory objects)) {
      return false;
    }
    try {
      for (Pack pack : objects.getPacks()) {
        PackIndex index = pack.getIndex();
        if (index.hasObject(newer) && index.hasObject(older)) {
          return index.findOffset(older) < index.findOffset(newer);
        }
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return false;
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

  /**
   * The id of a file's contents as a commit holds it, if it holds it. The files of a folder of a
   * commit are listed once, for all its files that are asked for.
   */
  Optional<ObjectId> blob(ObjectId commit, String path) {
    int slash = path.lastIndexOf('/');
    String folder = slash < 0 ? prefix : prefix + path.substring(0, slash);
    folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
    Map<String, ObjectId> files =
        folders.computeIfAbsent(new Folder(commit.copy(), folder), this::files);
    return Optional.ofNullable(files.get(prefix + path));
  }

  /** A folder of a commit's tree ("" for the repository's top). */
  private record Folder(ObjectId commit, String path) {}

  /** The files of a folder of a commit, and of its folders, by their paths in the repository. */
  private Map<String, ObjectId> files(Folder folder) {
    Map<String, ObjectId> files = new HashMap<>();
    try (RevWalk walk = new RevWalk(repository);
        TreeWalk tree = new TreeWalk(repository)) {
      tree.addTree(walk.parseCommit(folder.commit()).getTree());
      tree.setRecursive(true);
      if (!folder.path().isEmpty()) {
        tree.setFilter(PathFilter.create(folder.path()));
      }
      while (tree.next()) {
        files.put(tree.getPathString(), tree.getObjectId(0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The text of a file's contents by their id, read once. */
  String text(ObjectId blob) {
    String text = texts.get(blob);
    if (text == null) {
      read(List.of(blob));
      text = texts.get(blob);
    }
    return text;
  }

  /**
   * Reads the texts of versions of one file ({@code blobs}, newest first) that have not been read,
   * with one reader, in the order the pack favours ({@link #olderFirst}), so that each version is a
   * delta or two from the last; safe to call from several threads.
   */
  void read(List<ObjectId> blobs) {
    read(blobs, texts::containsKey, texts::putIfAbsent);
  }

  /**
   * Reads versions of one file as {@link #read(List)} does, giving each text to {@code each} rather
   * than keeping it (a version whose text was kept is not read again): for texts that are parsed
   * once and not needed after.
   *
   * @param done whether a version needs no reading
   */
  void read(List<ObjectId> blobs, Predicate<ObjectId> done, BiConsumer<ObjectId, String> each) {
    List<ObjectId> order = new ArrayList<>(blobs);
    if (order.size() > 1 && olderFirst(order.get(0), order.get(order.size() - 1))) {
      Collections.reverse(order);
    }
    ObjectReader reader = readers.poll();
    if (reader == null) {
      reader = repository.newObjectReader();
      opened.add(reader);
    }
    try {
      for (ObjectId blob : order) {
        if (!done.test(blob)) {
          String kept = texts.get(blob);
          each.accept(
              blob,
              kept != null
                  ? kept
                  : new String(reader.open(blob).getCachedBytes(), StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      readers.push(reader);
    }
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
    opened.forEach(ObjectReader::close);
    repository.close();
  }
}
