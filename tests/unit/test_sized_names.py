"""A name with a size suffix ("-1M", "-7B") is a model unless a list knows it as a dataset (extract/resolve.py)."""

from paperkg.extract.pipeline import extract_papers
from paperkg.extract.records import Paper


def _types(text):
    [paper] = extract_papers([Paper("p", "T", text, year=2024)])
    return {e.name: (e.type, e.family) for e in paper.entities}


def test_a_listed_dataset_with_a_size_in_examples_stays_a_dataset():
    found = _types("Video models pretrained on Sports-1M and YouTube-8M transfer to action recognition.")
    assert found["Sports-1M"] == ("dataset", None)
    assert found["YouTube-8M"] == ("dataset", None)


def test_an_unlisted_sized_name_and_a_sized_model_variant_stay_models():
    found = _types("We distil Qwen2-7B into FooNet-350M and compare it with Pythia-1.4B.")
    assert found["FooNet-350M"][0] == "model"
    assert found["Pythia-1.4B"] == ("model", "Pythia")


def test_two_sizes_of_one_dataset_stay_two_datasets():
    found = _types("The captions of LAION-400M and LAION-5B differ in quality.")
    assert found["LAION-400M"][0] == found["LAION-5B"][0] == "dataset"


def test_another_spelling_of_a_listed_dataset_with_a_size_is_that_dataset():
    # The list spells it "Clothing1M"; the paper writes "Clothing-1M".
    found = _types("Label noise is studied on Clothing-1M, a web-crawled collection.")
    assert found["Clothing-1M"][0] == "dataset"
