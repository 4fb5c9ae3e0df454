package dev.folio.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A project in a git repository of its own, built commit by commit with JGit: fixed author,
 * committer and dates, so that what Folio reads of its history is the same on every machine. The
 * project starts as a fixture of {@code src/test/resources/sites/}; each step edits its files and
 * commits them.
 */
public final class GitFixture implements AutoCloseable {
  private final Path dir;
  private final Git git;

  private GitFixture(Path dir, Git git) {
    this.dir = dir;
    this.git = git;
  }

  /** Fixture {@code site} laid out in {@code dir}, in a new repository with nothing committed. */
  public static GitFixture of(String site, Path dir) {
    TestSites.prepare(dir, site);
    try {
      return new GitFixture(
          dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path dir() {
    return dir;
  }

  /** Replaces the one occurrence of {@code from} in {@code path} with {@code to}. */
  public GitFixture replace(String path, String from, String to) {
    String text = read(path);
    assertThat(text).as(path).containsOnlyOnce(from);
    return write(path, text.replace(from, to));
  }

  /**
   * Writes {@code path} (relative to the project) as an editor that saves atomically does, so that
   * a watching server never reads it half-written (a file truncated, then written, may be read
   * between the two on a busy machine).
   */
  public GitFixture write(String path, String text) {
    try {
      saveAtomically(dir.resolve(path), text, dir.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Writes {@code file} whole or not at all: to a new file in {@code scratch} (outside what a
   * server watches, on the same file system), then moved over it.
   */
  public static void saveAtomically(Path file, String text, Path scratch) throws IOException {
    Files.createDirectories(file.getParent());
    Path saving = Files.createTempFile(scratch, "saving-", ".tmp");
    Files.writeString(saving, text, StandardCharsets.UTF_8);
    Files.move(saving, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public String read(String path) {
    try {
      return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves a file, as {@code git mv} does (committed with the next commit). */
  public GitFixture move(String from, String to) {
    try {
      Path target = dir.resolve(to);
      Files.createDirectories(target.getParent());
      Files.move(dir.resolve(from), target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Commits every change of the work tree (added, changed and deleted files) on the current branch
   * at {@code time} ({@code 2024-06-01T09:00:00+08:00}), with {@code message} (its first line the
   * subject, then a body and trailers).
   */
  public RevCommit commit(String message, String time) {
    try {
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      PersonIdent who = ident(time);
      return git.commit()
          .setMessage(message)
          .setAuthor(who)
          .setCommitter(who)
          .setSign(false)
          .setAllowEmpty(true)
          .call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Tags the current commit. */
  public GitFixture tag(String name) {
    try {
      git.tag().setName(name).setAnnotated(false).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /** Starts branch {@code name} at the current commit, and works on it. */
  public GitFixture branch(String name) {
    try {
      git.checkout().setCreateBranch(true).setName(name).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /** Works on branch {@code name}. */
  public GitFixture checkout(String name) {
    try {
      git.checkout().setName(name).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /**
   * Merges {@code branch} into the current branch with a merge commit (never a fast-forward), as a
   * pull request's merge button does, at {@code time} with {@code message}.
   */
  public RevCommit merge(String branch, String message, String time) {
    try {
      var result =
          git.merge()
              .include(git.getRepository().resolve(branch))
              .setFastForward(MergeCommand.FastForwardMode.NO_FF)
              .setCommit(false)
              .call();
      assertThat(result.getMergeStatus().isSuccessful()).as(result.toString()).isTrue();
      return commit(message, time);
    } catch (GitAPIException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A shallow clone of this repository, of depth {@code depth}, in {@code into}. */
  public Path shallowClone(Path into, int depth) {
    try {
      Git.cloneRepository()
          .setURI(dir.toUri().toString())
          .setDirectory(into.toFile())
          .setDepth(depth)
          .call()
          .close();
      return into;
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PersonIdent ident(String time) {
    OffsetDateTime at = OffsetDateTime.parse(time);
    return new PersonIdent("Analyst", "analyst@example.org", at.toInstant(), at.getOffset());
  }

  @Override
  public void close() {
    git.close();
  }
}
