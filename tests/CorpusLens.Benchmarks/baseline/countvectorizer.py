"""The scikit-learn baseline of the terms benchmark: CountVectorizer over the same files.

Counts the words of every .txt file in a folder with scikit-learn's CountVectorizer (its default tokenizer and
lower-casing, no stop words: the cheapest setting) and builds the document-term matrix, as the speed target of
`corpuslens terms` is stated against it. Debian's packages bring it without PyPI:

    sudo apt-get install python3-sklearn
    /usr/bin/time -f "%e s %U u %S s %M KB" /usr/bin/python3 countvectorizer.py /tmp/gen100

Prints the number of files, bytes, documents x terms and non-zero cells, so both sides can be checked to have
read the same corpus.
"""

import os
import sys

from sklearn.feature_extraction.text import CountVectorizer


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: countvectorizer.py FOLDER")
    folder = sys.argv[1]
    paths = sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".txt"))
    size = sum(os.path.getsize(path) for path in paths)
    vectorizer = CountVectorizer(input="filename", encoding="utf-8")
    matrix = vectorizer.fit_transform(paths)
    print(f"{len(paths)} files, {size} bytes, {matrix.shape[0]} x {matrix.shape[1]} matrix, {matrix.nnz} non-zero")


if __name__ == "__main__":
    main()
