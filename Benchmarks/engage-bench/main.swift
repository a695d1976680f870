// Placeholder: the benchmark executable is being written.
print("engage-bench: not yet written")
